import type { Page } from '@playwright/test';
import { systemClock, type Clock, type ClockReading } from '../../../electron/core/vault/boot-clock';

/**
 * Time for a test that waits on a rule (the unlock throttle): the core's boot clock and the
 * page's Date, stopped together and moved together, so the test never waits for real seconds
 * and a slow machine cannot make a delay run out before the page shows it. Until freeze() the
 * core reads the real clock, as it does in the app.
 */
export class HarnessClock {
  private frozenAt: ClockReading | null = null;
  private advancedMs = 0;

  constructor(private readonly page: Page) {}

  /** The core's boot clock (HandlerContext option `clock`). */
  readonly read: Clock = () => {
    const base = this.frozenAt ?? systemClock();
    return { wallMs: base.wallMs + this.advancedMs, boot: { id: base.boot.id, uptimeMs: base.boot.uptimeMs + this.advancedMs } };
  };

  /**
   * From now on only advance() moves time. The page's Date.now() is fixed (its timers still
   * run, so a countdown re-reads the fixed time every tick and the rest of the UI works).
   */
  async freeze(): Promise<void> {
    this.frozenAt = systemClock();
    await this.page.clock.setFixedTime(this.frozenAt.wallMs + this.advancedMs);
  }

  async advance(ms: number): Promise<void> {
    if (this.frozenAt === null) throw new Error('freeze() the clock before advancing it');
    this.advancedMs += ms;
    await this.page.clock.setFixedTime(this.frozenAt.wallMs + this.advancedMs);
  }
}
