import { useId, type ReactNode, type RefObject } from 'react';

interface AlertDialogProps {
  /** From useModalDialog: the dialog opens modal while mounted and gives the focus back after. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: string;
  /** The explanation; tied to the dialog by aria-describedby, so it is read with the title. */
  body: ReactNode;
  /** Escape: the safe way out (cancel, stay). */
  onEscape: () => void;
  /** Extra controls and the buttons, after the explanation. */
  children: ReactNode;
}

/**
 * The frame of every question the app asks before something that matters (a purge, a
 * redaction, leaving unsaved text): a modal alertdialog on the native <dialog>, titled and
 * described for screen readers. Escape is handled through React state, so the dialog never
 * shows a stale open state.
 */
export function AlertDialog({ dialogRef, title, body, onEscape, children }: AlertDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onEscape();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="dialog__body stack" id={bodyId}>
        {body}
      </div>
      {children}
    </dialog>
  );
}
