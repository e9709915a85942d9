import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { FailedUnlockTally } from '../audit/failed-unlocks';
import { writeFileAtomic } from '../fs/atomic-file';
import { FileLockTimeoutError, withFileLock, type FileLockOptions } from '../fs/file-lock';
import { clockReadingSchema, elapsedMs, systemClock, type Clock, type ClockReading } from './boot-clock';

const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;
/** The smallest failure count whose delay is the maximum. */
const FAILURES_AT_MAX_DELAY = FREE_ATTEMPTS + Math.ceil(Math.log2(MAX_DELAY_MS / BASE_DELAY_MS));

const stateSchema = z.strictObject({
  failures: z.number().int().nonnegative(),
  lastFailure: clockReadingSchema,
  /** Set when the counter file was found deleted or altered; cleared only by a right passphrase. */
  tampered: z.boolean(),
  /**
   * Every passphrase found wrong since the vault was made (never reset) and when the last one
   * was, for the audit log, which cannot be written while no database is open: the next unlock
   * hands over the part of the total its log has not recorded yet (audit/failed-unlocks.ts).
   */
  wrong: z.strictObject({ total: z.number().int().nonnegative(), lastAtMs: z.number() }).optional(),
});
type ThrottleState = z.infer<typeof stateSchema>;

/** Written by versions before the boot clock; read so that an upgrade is not taken for tampering. */
const legacyStateSchema = z.strictObject({ failures: z.number().int().nonnegative(), lastFailureAt: z.number() });

const ZERO_STATE: ThrottleState = { failures: 0, lastFailure: { wallMs: 0, boot: { id: null, uptimeMs: 0 } }, tampered: false };

export type ThrottleReason = 'throttled' | 'tampered';

export interface ThrottleCheck {
  retryAfterMs: number;
  /** Why the wait applies: too many wrong passphrases, or a counter file deleted or altered. */
  reason: ThrottleReason | null;
}

export type Admission =
  | { admitted: true; /** The delay that applies if this attempt turns out wrong. */ retryAfterMsIfWrong: number }
  | { admitted: false; retryAfterMs: number; reason: ThrottleReason };

export interface ThrottleOptions {
  /**
   * The vault guarantees the counter file exists (every vault written with it from creation
   * on), so a missing file means someone deleted it to reset the count. Legacy vaults may
   * lack it: there a missing file counts as no failures.
   */
  required: boolean;
  clock?: Clock;
  lock?: FileLockOptions;
}

/** The counter of a new vault: created with the vault, so that its absence later means tampering. */
export function writeZeroThrottleState(file: string): void {
  writeFileAtomic(file, JSON.stringify(ZERO_STATE), 'the unlock attempt counter');
}

function parseState(text: string): ThrottleState | undefined {
  const json: unknown = JSON.parse(text);
  const current = stateSchema.safeParse(json);
  if (current.success) return current.data;
  const legacy = legacyStateSchema.safeParse(json);
  if (!legacy.success) return undefined;
  return { failures: legacy.data.failures, lastFailure: { wallMs: legacy.data.lastFailureAt, boot: { id: null, uptimeMs: 0 } }, tampered: false };
}

/**
 * Delay after repeated wrong passphrases: none for the first three, then 1 s doubling to 5 min.
 * Kept in a file beside the header (not in memory) so that restarting the app or running the
 * CLI again does not reset it. It only slows someone guessing at the keyboard, through the app
 * or the CLI: anyone who can copy the vault files guesses offline and never sees it. The
 * Argon2id cost and the passphrase's strength are the barrier against that attacker.
 *
 * Each attempt is admitted and counted as a failure *before* the passphrase is tried, under a
 * cross-process lock, so parallel runs cannot all read "no failures yet" and guess at once.
 * A right passphrase then resets the count.
 */
export class UnlockThrottle {
  /** Also kept in memory: a full disk or a read-only folder must not make wrong guesses free. */
  private remembered: ThrottleState = ZERO_STATE;
  private readonly clock: Clock;
  private readonly lockFile: string;

  constructor(
    private readonly file: string,
    private readonly options: ThrottleOptions = { required: false },
  ) {
    this.clock = options.clock ?? systemClock;
    this.lockFile = `${file}.lock`;
  }

  static delayFor(failures: number): number {
    if (failures < FREE_ATTEMPTS) return 0;
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
  }

  /** The stored state; undefined when the file is missing where required, or unreadable. */
  private readStored(): ThrottleState | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return missing && !this.options.required ? ZERO_STATE : undefined;
    }
    try {
      return parseState(text);
    } catch {
      // Files are replaced whole (temp + rename), never torn: unparsable means altered.
      return undefined;
    }
  }

  private read(): ThrottleState | undefined {
    const stored = this.readStored();
    if (stored === undefined) return undefined;
    return stored.failures >= this.remembered.failures ? stored : this.remembered;
  }

  /** Never more than the current delay: setting the clock back must not lock the officer out for longer. */
  private remaining(state: ThrottleState, now: ClockReading): number {
    const delay = UnlockThrottle.delayFor(state.failures);
    return Math.min(delay, Math.max(0, delay - elapsedMs(state.lastFailure, now)));
  }

  private checkState(state: ThrottleState | undefined, now: ClockReading): ThrottleCheck {
    if (state === undefined) return { retryAfterMs: MAX_DELAY_MS, reason: 'tampered' };
    const retryAfterMs = this.remaining(state, now);
    if (retryAfterMs === 0) return { retryAfterMs, reason: null };
    return { retryAfterMs, reason: state.tampered ? 'tampered' : 'throttled' };
  }

  /** Read only, for the status shown before anyone types (no lock, no write). */
  check(): ThrottleCheck {
    return this.checkState(this.read(), this.clock());
  }

  retryAfterMs(): number {
    return this.check().retryAfterMs;
  }

  private write(state: ThrottleState): void {
    this.remembered = state;
    try {
      writeFileAtomic(this.file, JSON.stringify(state), 'the unlock attempt counter');
    } catch {
      // The in-memory count carries this process; the officer still hears "wrong passphrase".
    }
  }

  /** The decision, made while holding the lock: refuse, or count the attempt as failed in advance. */
  private decide(): Admission {
    const now = this.clock();
    const state = this.read();
    if (state === undefined) {
      // Deleted or altered to reset the count: start the longest delay now, and say why.
      const failures = Math.max(this.remembered.failures, FAILURES_AT_MAX_DELAY);
      this.write({ ...this.wrongOf(this.remembered), failures, lastFailure: now, tampered: true });
      return { admitted: false, retryAfterMs: MAX_DELAY_MS, reason: 'tampered' };
    }
    const { retryAfterMs, reason } = this.checkState(state, now);
    if (reason !== null) return { admitted: false, retryAfterMs, reason };
    const failures = state.failures + 1;
    this.write({ ...state, failures, lastFailure: now });
    return { admitted: true, retryAfterMsIfWrong: UnlockThrottle.delayFor(failures) };
  }

  /** Runs a read-modify-write of the file under the cross-process lock, or alone where no lock can be had. */
  private async locked<T>(work: () => T, onTimeout: () => T): Promise<T> {
    try {
      return await withFileLock(this.lockFile, work, this.options.lock);
    } catch (error) {
      if (error instanceof FileLockTimeoutError) return onTimeout();
      if (!(error instanceof Error && 'code' in error)) throw error;
      // The folder cannot take a lock file (read-only, full): decide alone; the in-memory count still holds here.
      return work();
    }
  }

  /**
   * Call before deriving the key from a passphrase. When admitted, the attempt is already
   * counted as a failure; call reset() once the passphrase proves right.
   */
  admit(): Promise<Admission> {
    return this.locked(
      () => this.decide(),
      () => ({ admitted: false, retryAfterMs: BASE_DELAY_MS, reason: 'throttled' }),
    );
  }

  private wrongOf(state: ThrottleState): Pick<ThrottleState, 'wrong'> {
    return state.wrong === undefined ? {} : { wrong: state.wrong };
  }

  /** The attempt admitted in advance turned out wrong: add it to the tally the audit log is handed. */
  async recordWrong(): Promise<void> {
    const add = () => {
      const state = this.read() ?? this.remembered;
      this.write({ ...state, wrong: { total: (state.wrong?.total ?? 0) + 1, lastAtMs: this.clock().wallMs } });
    };
    // A peer holding the lock for long is stuck; counting without it beats not counting.
    await this.locked(add, add);
  }

  /** The wrong passphrases this vault has seen, for the audit log; null when there were none. */
  failedUnlocks(): FailedUnlockTally | null {
    return (this.read() ?? this.remembered).wrong ?? null;
  }

  /**
   * A right passphrase: back to zero, written (not deleted) so that a missing file still means
   * tampering. The tally of wrong passphrases is kept: the audit log takes it over only once the
   * database is open, and a crash before that must not lose it.
   */
  reset(): void {
    const kept = this.wrongOf(this.read() ?? this.remembered);
    this.remembered = { ...ZERO_STATE, ...kept };
    try {
      writeFileAtomic(this.file, JSON.stringify(this.remembered), 'the unlock attempt counter');
    } catch {
      // A full disk must not fail an unlock whose passphrase was right; memory is already zero.
    }
  }
}
