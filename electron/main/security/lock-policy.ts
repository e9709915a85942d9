/**
 * When to lock. Threat: the officer walks away (hotel lobby, courtroom corridor) and the
 * notebook stays open, or the laptop is closed and taken.
 */

/** Poll the system idle time this often; the lock fires at most this late after the limit. */
export const IDLE_POLL_MS = 15_000;

/** Quick lock: a global shortcut (works even when another app has focus) and the menu item. */
export const QUICK_LOCK_ACCELERATOR = 'CommandOrControl+Shift+L';

/** True when the system has been idle at least the officer's limit. Bad inputs lock (fail closed). */
export function shouldIdleLock(idleSeconds: number, idleLockMinutes: number): boolean {
  if (!Number.isFinite(idleSeconds) || !Number.isFinite(idleLockMinutes) || idleLockMinutes <= 0) return true;
  return idleSeconds >= idleLockMinutes * 60;
}

/**
 * powerMonitor events that lock at once. 'suspend' covers lid close on Linux and Windows
 * (where closing the lid suspends); 'lock-screen' is reported on macOS and Windows (and some
 * Linux desktops); 'user-did-resign-active' is macOS fast user switching; 'shutdown' is
 * Linux/macOS. Electron reports no separate lid event.
 */
export const LOCK_EVENTS = ['suspend', 'lock-screen', 'user-did-resign-active', 'shutdown'] as const;
export type LockEvent = (typeof LOCK_EVENTS)[number];
