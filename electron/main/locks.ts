import { globalShortcut, powerMonitor } from 'electron';
import type { HandlerContext } from '../core/handlers/context';
import { broadcast } from './ipc/handle';
import { securityEvent } from './log';
import { IdleLock } from './security/idle-lock';
import { createLockAfterFlush } from './security/lock-after-flush';
import { LOCK_EVENTS, QUICK_LOCK_ACCELERATOR, type LockEvent } from './security/lock-policy';

export interface LockControls {
  /** Locks now (if unlocked) and always resets the window. */
  quickLock(): void;
  /** True when the global shortcut is ours; otherwise the menu accelerator carries it. */
  globalShortcutRegistered: boolean;
  dispose(): void;
}

/**
 * Wires the lock policy to the OS: idle polling, power events and the quick-lock shortcut.
 * Locking closes the database (the vault's onLock listeners then reset the renderer), after
 * the page has had a bounded moment to keep its unsaved text as a draft.
 * Call after `ready` (powerMonitor and globalShortcut need it).
 */
export function installLocks(ctx: HandlerContext, resetWindow: () => void): LockControls {
  // Always lock, even when not (yet) unlocked: an unlock in flight must see the lock and close
  // what it opens (VaultSession's lock generation). While unlocked, the page first writes its
  // unsaved text as a draft, within a bounded wait (lock-after-flush.ts).
  const lockSoon = createLockAfterFlush({
    isUnlocked: () => ctx.vault.status().state === 'unlocked',
    askPageToFlush: () => broadcast('vault:lock-requested'),
    onLocked: (listener) => ctx.vault.onLock(listener),
    lock: () => ctx.vault.lock(),
  });
  const lockFor = (reason: string, then?: () => void): void => {
    securityEvent(`locking: ${reason}`);
    lockSoon(then);
  };
  const on: Record<LockEvent, () => void> = {
    suspend: () => powerMonitor.on('suspend', () => lockFor('suspend')),
    'lock-screen': () => powerMonitor.on('lock-screen', () => lockFor('lock-screen')),
    'user-did-resign-active': () => powerMonitor.on('user-did-resign-active', () => lockFor('user switch')),
    shutdown: () => powerMonitor.on('shutdown', () => lockFor('shutdown')),
  };
  // The Record makes a new LOCK_EVENTS entry a compile error until it is wired here.
  for (const name of LOCK_EVENTS) on[name]();
  // The same IdleLock the e2e harness drives with a test-controlled idle source.
  const idle = new IdleLock({
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    idleLockMinutes: () => ctx.preferences.get().idleLockMinutes,
    isUnlocked: () => ctx.vault.status().state === 'unlocked',
    lock: () => lockFor('idle'),
  });
  idle.start();

  // A lock resets the window through the vault's onLock listeners; when already locked the reset
  // happens here, so a half-typed passphrase on screen goes too.
  const quickLock = (): void => {
    const wasUnlocked = ctx.vault.status().state === 'unlocked';
    lockFor('quick lock', wasUnlocked ? undefined : resetWindow);
  };
  const globalShortcutRegistered = globalShortcut.register(QUICK_LOCK_ACCELERATOR, quickLock);
  if (!globalShortcutRegistered) securityEvent(`global shortcut ${QUICK_LOCK_ACCELERATOR} is taken; the menu accelerator still works while focused`);

  return {
    quickLock,
    globalShortcutRegistered,
    dispose() {
      idle.stop();
      globalShortcut.unregister(QUICK_LOCK_ACCELERATOR);
    },
  };
}
