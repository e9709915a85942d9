import type { ReactNode } from 'react';
import { AlertDialog } from './AlertDialog';
import { useModalDialog } from './use-modal-dialog';
import { useI18n } from '../i18n/use-i18n';

interface ConfirmDialogProps {
  title: string;
  /** The explanation; tied to the dialog by aria-describedby. */
  children: ReactNode;
  /** Extra controls between the text and the buttons (e.g. an "I understand" box). */
  controls?: ReactNode;
  confirmLabel: string;
  confirmDisabled?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal alertdialog on the native <dialog>: the top layer makes the page behind it inert,
 * focus stays inside, Escape cancels, and focus returns to the control that opened it. No
 * animation and no delay: the officer may be in a hurry (purge), and nothing should stand
 * between a decision and its effect. Rendered only while open.
 */
export function ConfirmDialog({ title, children, controls, confirmLabel, confirmDisabled, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  // Cancel, the safe choice, has focus: a reflex Enter or a double press never confirms.
  const { dialogRef: ref, focusRef: cancelRef } = useModalDialog<HTMLButtonElement>();

  return (
    <AlertDialog dialogRef={ref} title={title} body={children} onEscape={onCancel}>
      {controls}
      <div className="button-row button-row--end">
        <button type="button" className="button" onClick={onCancel} ref={cancelRef}>
          {t('common.cancel')}
        </button>
        <button type="button" className={danger ? 'button button--danger-solid' : 'button button--primary'} disabled={confirmDisabled} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </AlertDialog>
  );
}
