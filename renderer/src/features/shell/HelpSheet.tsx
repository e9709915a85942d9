import { useId } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useI18n } from '../../i18n/use-i18n';
import { SHORTCUT_IDS, SHORTCUTS, shortcutLabels } from './shortcuts';

/**
 * Every shortcut, the main process's global lock included, in a modal <dialog> (focus stays
 * inside, Escape closes, focus returns to where it was). Opened by ? or F1 or its button.
 */
export function HelpSheet({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { dialogRef: ref, focusRef: closeRef } = useModalDialog<HTMLButtonElement>();
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className="dialog help-sheet"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {t('shortcuts.heading')}
      </h2>
      <table className="help-sheet__table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_IDS.map((id) => (
            <tr key={id} data-shortcut={id}>
              <td>{t(SHORTCUTS[id].description)}</td>
              <td className="help-sheet__keys">
                {shortcutLabels(id).map((label) => (
                  <kbd key={label} className="shortcut-hint" dir="ltr">
                    {label}
                  </kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row button-row--end">
        <button type="button" className="button" ref={closeRef} onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
