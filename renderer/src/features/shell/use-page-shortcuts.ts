import { useLayoutEffect, useRef } from 'react';
import { matchShortcut, type ShortcutId } from './shortcuts';

type Handlers = Partial<Record<ShortcutId, () => void>>;

/**
 * Listens for the page-level shortcuts and calls the handler given for each. While a modal
 * dialog is open it owns the keyboard (its Escape cancels it), so nothing here fires.
 * Layout effects: the listener is in place before the notebook is first painted, so a key
 * pressed the moment it appears (a fast typist, or a test on a loaded machine) is not lost to
 * a passive effect that has not run yet.
 */
export function usePageShortcuts(handlers: Handlers): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const id = matchShortcut(event);
      const handler = id ? latest.current[id] : undefined;
      // The dialog check walks the document: only for a shortcut, not for every key typed in a note.
      if (!handler || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
