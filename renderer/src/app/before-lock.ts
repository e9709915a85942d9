/**
 * Work that must happen before a quick lock the officer starts in this window (the Lock button,
 * Ctrl/Cmd+L): today, writing the editor's unsaved text as an encrypted draft, so the last
 * second of typing is not lost. Bounded: a lock never waits longer than BEFORE_LOCK_LIMIT_MS.
 * Locks that come from the main process (idle, suspend, screen lock) cannot wait for the page.
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
