import { shortcutLabels, type ShortcutId } from './shortcuts';

/**
 * The shortcut written beside its button. Hidden from assistive technology: the button's
 * aria-keyshortcuts already says it, and reading "Ctrl+N" twice is noise.
 */
export function ShortcutHint({ id }: { id: ShortcutId }) {
  return (
    <kbd className="shortcut-hint" dir="ltr" aria-hidden="true">
      {shortcutLabels(id)[0]}
    </kbd>
  );
}
