import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { formatFileSize } from './file-size';
import { secondsLeft } from './time-left';
import type { Upload } from './use-uploads';

/** One file being added: bytes done of the total, an estimate of the time left, and Cancel. */
export function UploadRow({ upload, onCancel }: { upload: Upload; onCancel: () => void }) {
  const i18n = useI18n();
  const { t, tp } = i18n;
  const nameId = useId();
  const left = secondsLeft(upload.done, upload.total, upload.elapsedMs);
  const estimate = left === null ? t('attachments.progress.estimating') : left < 60 ? tp('attachments.progress.seconds', left) : tp('attachments.progress.minutes', Math.ceil(left / 60));
  return (
    <li className="attachment-upload">
      <span className="attachment-upload__name" id={nameId}>
        {t('attachments.progress.label', { name: upload.name })}
      </span>
      <progress className="attachment-upload__bar" value={upload.done} max={Math.max(upload.total, 1)} aria-labelledby={nameId} />
      <span className="attachment-upload__figures">
        {t('attachments.progress.bytes', { done: formatFileSize(upload.done, i18n), total: formatFileSize(upload.total, i18n) })}
        {' · '}
        {estimate}
      </span>
      <button type="button" className="button button--quiet" onClick={onCancel} aria-describedby={nameId}>
        {t('attachments.progress.cancel')}
      </button>
    </li>
  );
}
