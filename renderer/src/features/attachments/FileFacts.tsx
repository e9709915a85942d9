import type { ViewedAttachment } from '../../../../shared/domain/attachments';
import { useI18n } from '../../i18n/use-i18n';
import { formatFileSize } from './file-size';

/** A file the app does not open itself: what it is, and the way to open it elsewhere. */
export function FileFacts({ attachment, onSaveCopy }: { attachment: ViewedAttachment; onSaveCopy: (() => void) | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="attachment-viewer__facts stack">
      <svg className="attachment-viewer__file-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M6 2h8l6 6v14H6z M14 2v6h6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <h3 className="heading">{t('viewer.other.heading')}</h3>
      <dl className="attachment-viewer__fact-list">
        <dt>{t('viewer.other.name')}</dt>
        <dd dir="auto">{attachment.name}</dd>
        <dt>{t('viewer.other.size')}</dt>
        <dd>{formatFileSize(attachment.bytes, i18n)}</dd>
        <dt>{t('viewer.other.type')}</dt>
        <dd dir="ltr">{attachment.mediaType}</dd>
      </dl>
      <p className="muted">{t('viewer.other.hint')}</p>
      {onSaveCopy && (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={onSaveCopy}>
            {t('viewer.saveCopy')}
          </button>
        </div>
      )}
    </div>
  );
}
