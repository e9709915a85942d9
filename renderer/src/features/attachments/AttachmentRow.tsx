import { useId } from 'react';
import type { Attachment } from '../../../../shared/domain/attachments';
import { useI18n } from '../../i18n/use-i18n';
import { attachmentUrl, viewKindOf, type ViewKind } from './attachment-view';
import { formatFileSize } from './file-size';

interface AttachmentRowProps {
  attachment: Attachment;
  onOpen: () => void;
  onSaveCopy: () => void;
  onRemove: () => void;
}

/** Outline glyphs per kind of file, drawn in the text's colour. */
const ICON_PATHS: Record<ViewKind, string> = {
  image: 'M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15.5 9.5a1.5 1.5 0 1 0 0-.01',
  audio: 'M9 18V6l10-2v12 M9 18a3 3 0 1 1-3-3 3 3 0 0 1 3 3z M19 16a3 3 0 1 1-3-3 3 3 0 0 1 3 3z',
  video: 'M3 6h13v12H3z M16 10l5-3v10l-5-3',
  pdf: 'M6 2h8l6 6v14H6z M14 2v6h6 M9 13h6 M9 17h6',
  other: 'M6 2h8l6 6v14H6z M14 2v6h6',
};

/**
 * One attached file: a thumbnail for a picture (its bytes from app://, decrypted as they are
 * read), an icon otherwise; name, kind, size and when it was added; open, save a copy, remove.
 */
export function AttachmentRow({ attachment, onOpen, onSaveCopy, onRemove }: AttachmentRowProps) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const nameId = useId();
  const kind = viewKindOf(attachment.mediaType);
  return (
    <li className="attachment" aria-labelledby={nameId}>
      {kind === 'image' ? (
        <button type="button" className="attachment__thumb" onClick={onOpen}>
          <img src={attachmentUrl(attachment.id)} alt={t('attachments.openPicture', { name: attachment.name })} loading="lazy" decoding="async" />
        </button>
      ) : (
        <svg className="attachment__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={ICON_PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
        </svg>
      )}
      <div className="attachment__facts">
        <span className="attachment__name" id={nameId} dir="auto">
          {attachment.name}
        </span>
        <span className="attachment__meta muted">
          {t(`attachments.type.${kind}`)} · {formatFileSize(attachment.bytes, i18n)} · {t('attachments.added', { date: formatDateTime(attachment.createdAt) })}
        </span>
        {attachment.stripped ? <span className="attachment__meta muted">{t('attachments.stripped')}</span> : null}
      </div>
      <div className="attachment__actions button-row">
        <button type="button" className="button button--quiet" onClick={onOpen} aria-describedby={nameId}>
          {t('attachments.open')}
        </button>
        <button type="button" className="button button--quiet" onClick={onSaveCopy} aria-describedby={nameId}>
          {t('attachments.saveCopy')}
        </button>
        <button type="button" className="button button--quiet" onClick={onRemove} aria-describedby={nameId}>
          {t('attachments.remove')}
        </button>
      </div>
    </li>
  );
}
