/**
 * Work that must happen before a lock: today, writing the editor's unsaved text as an encrypted
 * draft, so the last second of typing is not lost. Runs for the locks the officer starts in this
 * window (the Lock button, Ctrl/Cmd+L) and for those main starts (idle, suspend, screen lock, the
 * global shortcut), which send 'vault:lock-requested' and wait a bounded time for the page.
 * Bounded here too: a lock never waits longer than BEFORE_LOCK_LIMIT_MS.
 */
const tasks = new Set<() => Promise<unknown>>();

export const BEFORE_LOCK_LIMIT_MS = 300;

export function beforeQuickLock(task: () => Promise<unknown>): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

export function runBeforeQuickLock(): Promise<void> {
  const limit = new Promise<void>((resolve) => window.setTimeout(resolve, BEFORE_LOCK_LIMIT_MS));
  const all = Promise.allSettled([...tasks].map((task) => task())).then(() => undefined);
  return Promise.race([all, limit]);
}
