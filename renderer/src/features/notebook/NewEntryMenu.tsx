import { useEffect, useId, useRef, useState } from 'react';
import type { WritableKind } from '../../../../shared/domain/entries';
import { useI18n } from '../../i18n/use-i18n';
import { NEW_ENTRY_KINDS } from './EntryEditor';

/**
 * "New…": the other kinds of entry, as a disclosure of buttons (Escape or a choice closes it and
 * returns the focus). A meeting note stays one keystroke away on the primary button.
 */
export function NewEntryMenu({ onStart }: { onStart: (kind: WritableKind) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    firstRef.current?.focus();
    // Capture phase: Escape closes the menu before the shell reads it as "leave the entry".
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  return (
    <div className="new-entry-menu">
      <button ref={toggleRef} type="button" className="button button--quiet" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {t('newEntry.menu')}
      </button>
      {open ? (
        <ul className="new-entry-menu__list" id={listId}>
          {NEW_ENTRY_KINDS.filter((kind) => kind !== 'meeting').map((kind, i) => (
            <li key={kind}>
              <button
                ref={i === 0 ? firstRef : undefined}
                type="button"
                className="button button--quiet new-entry-menu__item"
                onClick={() => {
                  setOpen(false);
                  onStart(kind);
                }}
              >
                {t(`kind.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
