let unmount: (() => void) | null = null;
let dropping = false;

/** main.tsx registers how to unmount the React tree. */
export function registerTeardown(fn: () => void): void {
  unmount = fn;
}

/**
 * After a lock every decrypted string must leave this process's memory and screen. Unmounting
 * clears the DOM at once (so nothing lingers while the reload is under way); the reload then
 * throws away the whole JS heap, which is simpler to trust than clearing state by hand.
 * Idempotent: the user's lock and the `vault:locked` event that follows both land here.
 */
export function dropEverythingAndReload(): void {
  if (dropping) return;
  dropping = true;
  try {
    unmount?.();
  } finally {
    location.reload();
  }
}
