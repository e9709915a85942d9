import { useCallback, useEffect, useLayoutEffect } from 'react';
import { runBeforeQuickLock } from '../../app/before-lock';
import { dropEverythingAndReload } from '../../app/teardown';
import { call, onEvent } from '../../ipc/client';

/** True for Ctrl+L (Windows, Linux) and Cmd+L (macOS). */
function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

/**
 * Quick lock: a button and Ctrl/Cmd+L, from anywhere in the notebook, and the main process's
 * own locks (idle, suspend, screen lock, the global shortcut), which ask the page first so the
 * draft is written before the key goes. Whether or not the main process answers, the renderer
 * drops everything it shows: a lock that fails half-way must still clear the screen.
 */
export function useLock(): () => void {
  const lock = useCallback(() => {
    void runBeforeQuickLock()
      .then(() => call('vault:lock', {}))
      .catch(() => undefined)
      .finally(dropEverythingAndReload);
  }, []);

  // A layout effect, as the page shortcuts use: listening before the notebook is first painted,
  // so Ctrl+L pressed the moment it appears is never lost to a passive effect not yet run.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      lock();
    };
    // Capture phase: a focused field's own handler cannot swallow the shortcut.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [lock]);

  useEffect(() => onEvent('vault:lock-requested', lock), [lock]);

  return lock;
}
