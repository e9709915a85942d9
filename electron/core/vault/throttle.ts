import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-file';

const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

const stateSchema = z.strictObject({ failures: z.number().int().nonnegative(), lastFailureAt: z.number() });
type ThrottleState = z.infer<typeof stateSchema>;

/**
 * Delay after repeated wrong passphrases: none for the first three, then 1 s doubling to 5 min.
 * Kept in a file beside the header (not in memory) so restarting the app does not reset it.
 * It slows a person at the keyboard; the Argon2id cost is what stops an offline attacker.
 */
export class UnlockThrottle {
  /** Also kept in memory: a full disk or a read-only folder must not make wrong guesses free. */
  private remembered: ThrottleState = { failures: 0, lastFailureAt: 0 };

  constructor(
    private readonly file: string,
    private readonly now: () => number = Date.now,
  ) {}

  private read(): ThrottleState {
    let stored: ThrottleState = { failures: 0, lastFailureAt: 0 };
    try {
      const parsed = stateSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) stored = parsed.data;
    } catch {
      // No file yet, or unreadable: the in-memory count still applies.
    }
    return stored.failures >= this.remembered.failures ? stored : this.remembered;
  }

  static delayFor(failures: number): number {
    if (failures < FREE_ATTEMPTS) return 0;
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
  }

  /** Never more than the current delay: setting the clock back must not lock the officer out for longer. */
  retryAfterMs(): number {
    const { failures, lastFailureAt } = this.read();
    const delay = UnlockThrottle.delayFor(failures);
    return Math.min(delay, Math.max(0, lastFailureAt + delay - this.now()));
  }

  recordFailure(): number {
    this.remembered = { failures: this.read().failures + 1, lastFailureAt: this.now() };
    try {
      writeFileAtomic(this.file, JSON.stringify(this.remembered), 'the unlock attempt counter');
    } catch {
      // The in-memory count carries this process; the officer still hears "wrong passphrase".
    }
    return UnlockThrottle.delayFor(this.remembered.failures);
  }

  reset(): void {
    this.remembered = { failures: 0, lastFailureAt: 0 };
    rmSync(this.file, { force: true });
  }
}
