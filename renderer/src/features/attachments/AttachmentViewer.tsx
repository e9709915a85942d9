import { lazy, Suspense, useId, type ReactNode } from 'react';
import type { ViewedAttachment } from '../../../../shared/domain/attachments';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useI18n } from '../../i18n/use-i18n';
import { viewKindOf } from './attachment-view';
import { FileFacts } from './FileFacts';
import { FocusWrap } from './FocusWrap';
import { ImageView } from './ImageView';
import { MediaView } from './MediaView';

// pdf.js is large: it is loaded the first time a PDF is opened, never with the app.
const PdfView = lazy(() => import('./PdfView').then((module) => ({ default: module.PdfView })));

export interface AttachmentViewerProps {
  attachment: ViewedAttachment;
  onClose: () => void;
  /** Shown as a button when given: the attachments panel owns the confirmation and the copy. */
  onSaveCopy?: () => void;
}

/**
 * One attachment, full window, in a modal <dialog> (the page behind is inert, so focus stays
 * inside; Escape closes; focus returns to the opener). The bytes come decrypted from app://
 * as the players ask for them; nothing is kept once this unmounts, which a lock forces (the
 * shell unmounts the whole tree on 'vault:locked').
 */
export function AttachmentViewer({ attachment, onClose, onSaveCopy }: AttachmentViewerProps) {
  const { t } = useI18n();
  const titleId = useId();
  const { dialogRef, focusRef } = useModalDialog<HTMLButtonElement>();
  const kind = viewKindOf(attachment.mediaType);

  return (
    <dialog
      ref={dialogRef}
      className="dialog attachment-viewer"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <FocusWrap edge="start" />
      <header className="attachment-viewer__bar">
        <h2 className="dialog__title attachment-viewer__title" id={titleId} dir="auto">
          {attachment.name}
        </h2>
        {onSaveCopy && kind !== 'other' && (
          <button type="button" className="button" onClick={onSaveCopy}>
            {t('viewer.saveCopy')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose} ref={focusRef}>
          {t('viewer.close')}
        </button>
      </header>
      <div className="attachment-viewer__body">{viewFor(kind, attachment, onSaveCopy, t('viewer.pdf.loading'))}</div>
      <FocusWrap edge="end" />
    </dialog>
  );
}

function viewFor(kind: ReturnType<typeof viewKindOf>, attachment: ViewedAttachment, onSaveCopy: (() => void) | undefined, loading: string): ReactNode {
  switch (kind) {
    case 'image':
      return <ImageView attachment={attachment} />;
    case 'audio':
    case 'video':
      return <MediaView attachment={attachment} kind={kind} />;
    case 'pdf':
      return (
        <Suspense fallback={<p role="status">{loading}</p>}>
          <PdfView attachment={attachment} />
        </Suspense>
      );
    case 'other':
      return <FileFacts attachment={attachment} onSaveCopy={onSaveCopy} />;
  }
}
