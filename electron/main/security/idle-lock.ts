import { IDLE_POLL_MS, shouldIdleLock } from './lock-policy';

/** A repeating timer. Node's setInterval by default; tests pass a manual one. */
export interface IntervalTimers {
  every(callback: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

const nodeIntervals: IntervalTimers = {
  every: (callback, ms) => {
    const handle = setInterval(callback, ms);
    // The idle poll alone must never keep a process alive (the main process, a test runner).
    handle.unref();
    return handle;
  },
  cancel: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface IdleLockOptions {
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  idleSeconds(): number;
  /** The officer's current limit, read on every poll so a change in Settings applies at once. */
  idleLockMinutes(): number;
  isUnlocked(): boolean;
  lock(): void;
  /** How often to look; the lock fires at most this late after the limit. */
  pollMs?: number;
  timers?: IntervalTimers;
}

/**
 * The idle auto-lock loop. Threat: the officer walks away (hotel lobby, courtroom corridor)
 * and the notebook stays open. Pure (no 'electron' import): the main process feeds it
 * powerMonitor.getSystemIdleTime, and the e2e harness runs this same class with an idle
 * source the test controls, so "idle lock fires and clears the UI" is proven on this code.
 *
 * Fails closed: an idle source that throws or answers nonsense locks (see shouldIdleLock).
 */
export class IdleLock {
  private handle: unknown = null;
  private readonly pollMs: number;
  private readonly timers: IntervalTimers;

  constructor(private readonly options: IdleLockOptions) {
    this.pollMs = options.pollMs ?? IDLE_POLL_MS;
    if (!Number.isFinite(this.pollMs) || this.pollMs <= 0) throw new RangeError('pollMs must be a positive number');
    this.timers = options.timers ?? nodeIntervals;
  }

  get running(): boolean {
    return this.handle !== null;
  }

  start(): void {
    if (this.handle !== null) return;
    this.handle = this.timers.every(() => this.check(), this.pollMs);
  }

  stop(): void {
    if (this.handle === null) return;
    this.timers.cancel(this.handle);
    this.handle = null;
  }

  /** One poll: locks when unlocked and idle for at least the limit. Returns true when it locked. */
  check(): boolean {
    if (!this.options.isUnlocked()) return false;
    if (!shouldIdleLock(this.read(() => this.options.idleSeconds()), this.read(() => this.options.idleLockMinutes()))) return false;
    this.options.lock();
    return true;
  }

  private read(source: () => number): number {
    try {
      return source();
    } catch {
      return Number.NaN;
    }
  }
}
