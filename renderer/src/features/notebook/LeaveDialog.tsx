import { AlertDialog } from '../../components/AlertDialog';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useI18n } from '../../i18n/use-i18n';

export type LeaveChoice = 'save' | 'keep' | 'discard' | 'stay';

/**
 * The one question asked whenever the officer leaves unsaved text, whatever the way out
 * (sidebar, Escape, Ctrl/Cmd+N, another note in the list, Back). A lock never asks: it keeps a
 * draft. "Keep as draft" has the focus: a reflex Enter loses nothing and changes no record.
 */
export function LeaveDialog({ onChoose }: { onChoose: (choice: LeaveChoice) => void }) {
  const { t } = useI18n();
  const { dialogRef: ref, focusRef: keepRef } = useModalDialog<HTMLButtonElement>();

  return (
    <AlertDialog dialogRef={ref} title={t('leave.title')} body={<p>{t('leave.body')}</p>} onEscape={() => onChoose('stay')}>
      <div className="button-row button-row--end">
        <button type="button" className="button" onClick={() => onChoose('stay')}>
          {t('editor.keepEditing')}
        </button>
        <button type="button" className="button button--danger" onClick={() => onChoose('discard')}>
          {t('leave.discard')}
        </button>
        <button type="button" className="button" ref={keepRef} onClick={() => onChoose('keep')}>
          {t('leave.keep')}
        </button>
        <button type="button" className="button button--primary" onClick={() => onChoose('save')}>
          {t('leave.save')}
        </button>
      </div>
    </AlertDialog>
  );
}
