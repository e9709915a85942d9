import { useEffect, useSyncExternalStore } from 'react';
import { call } from '../../ipc/client';

/**
 * Whether lists hide titles, names and excerpts, for this vault. One value for the page (every
 * list and the toggle read it); loaded from the vault once, and gone with the page at a lock.
 */
let discreet = false;
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: boolean): void {
  discreet = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // A lock can come while this is in flight (VAULT_LOCKED): the page reloads then, so there is
  // nothing to show; forget the attempt rather than leave an unhandled rejection behind.
  loaded ??= call('notebook-view:get', {})
    .then((view) => publish(view.discreet))
    .catch(() => {
      loaded = null;
    });
  return () => listeners.delete(listener);
}

/** Turns the discreet screen on or off and remembers it in the vault; a failed write puts it back. */
export function setDiscreet(next: boolean): void {
  publish(next);
  call('notebook-view:set', { discreet: next }).catch(() => publish(!next));
}

export function useDiscreetScreen(): boolean {
  return useSyncExternalStore(subscribe, () => discreet);
}

/** Ctrl/Cmd+Shift+D, in aria-keyshortcuts syntax, for the help sheet and the button. */
export const DISCREET_SHORTCUT = { command: 'Shift+D', ariaKeys: 'Control+Shift+D Meta+Shift+D' } as const;

function isDiscreetShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd';
}

let shortcutUsers = 0;
function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || !isDiscreetShortcut(event)) return;
  event.preventDefault();
  setDiscreet(!discreet);
}

/** Listens for the shortcut while any list is on screen; one listener however many lists there are. */
export function useDiscreetShortcut(): void {
  useEffect(() => {
    if (shortcutUsers++ === 0) window.addEventListener('keydown', onKeyDown);
    return () => {
      if (--shortcutUsers === 0) window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
