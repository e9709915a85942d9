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
  constructor(
    private readonly file: string,
    private readonly now: () => number = Date.now,
  ) {}

  private read(): ThrottleState {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : { failures: 0, lastFailureAt: 0 };
    } catch {
      return { failures: 0, lastFailureAt: 0 };
    }
  }

  static delayFor(failures: number): number {
    if (failures < FREE_ATTEMPTS) return 0;
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
  }

  retryAfterMs(): number {
    const { failures, lastFailureAt } = this.read();
    return Math.max(0, lastFailureAt + UnlockThrottle.delayFor(failures) - this.now());
  }

  recordFailure(): number {
    const failures = this.read().failures + 1;
    writeFileAtomic(this.file, JSON.stringify({ failures, lastFailureAt: this.now() }), 'the unlock attempt counter');
    return UnlockThrottle.delayFor(failures);
  }

  reset(): void {
    rmSync(this.file, { force: true });
  }
}
