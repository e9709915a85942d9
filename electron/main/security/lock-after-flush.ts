/**
 * A lock the main process starts (idle, suspend, screen lock, the global shortcut) first asks
 * the page to write the editor's unsaved text as an encrypted draft. Threat answered: the
 * officer loses the last second of typing to a lock they did not start (drafts are debounced).
 * The page does what its own quick lock does: flush, then ask the core to lock. Main waits for
 * that lock at most `waitMs`, then locks itself: a page that hangs, crashed or was subverted
 * can delay a lock by that bound and no more. Pure (no 'electron' import): the e2e harness
 * runs this same function with its own event hub.
 */

/** How long main waits for the page's own lock before locking regardless. */
export const LOCK_FLUSH_WAIT_MS = 1000;

/** A one-shot timer. Node's setTimeout by default; tests pass a manual one. */
export interface OneShotTimers {
  after(callback: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

const nodeTimers: OneShotTimers = {
  after: (callback, ms) => setTimeout(callback, ms),
  cancel: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface LockAfterFlushOptions {
  isUnlocked(): boolean;
  /** Sends 'vault:lock-requested' to the page. */
  askPageToFlush(): void;
  /** Subscribes to the vault's lock (the page's vault:lock lands there); returns the unsubscribe. */
  onLocked(listener: () => void): () => void;
  lock(): void;
  waitMs?: number;
  timers?: OneShotTimers;
}

/** Returns `lockSoon(done?)`: locks within `waitMs`, after the page's flush when it answers in time. */
export function createLockAfterFlush(options: LockAfterFlushOptions): (done?: () => void) => void {
  const timers = options.timers ?? nodeTimers;
  const waitMs = options.waitMs ?? LOCK_FLUSH_WAIT_MS;
  let pending: { finish: () => void; callbacks: (() => void)[] } | null = null;

  return (done) => {
    if (pending) {
      // An idle poll and a suspend may both ask during one wait: one wait, one lock.
      if (done) pending.callbacks.push(done);
      return;
    }
    if (!options.isUnlocked()) {
      // Nothing typed can be open; an unlock in flight must see the lock at once (lock generation).
      options.lock();
      done?.();
      return;
    }
    const callbacks = done ? [done] : [];
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      timers.cancel(handle);
      stopListening();
      pending = null;
      if (options.isUnlocked()) options.lock();
      for (const callback of callbacks) callback();
    };
    pending = { finish, callbacks };
    const stopListening = options.onLocked(finish);
    const handle = timers.after(finish, waitMs);
    try {
      options.askPageToFlush();
    } catch {
      finish();
    }
  };
}
