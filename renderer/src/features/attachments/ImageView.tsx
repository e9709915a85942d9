import { useState } from 'react';
import type { ViewedAttachment } from '../../../../shared/domain/attachments';
import { useI18n } from '../../i18n/use-i18n';
import { attachmentUrl } from './attachment-view';
import { ScrollStage } from './ScrollStage';

/** A photo or scan: fitted to the window first (the whole page at a glance), 1:1 to read detail. */
export function ImageView({ attachment }: { attachment: ViewedAttachment }) {
  const { t } = useI18n();
  const [actualSize, setActualSize] = useState(false);
  const [failed, setFailed] = useState(false);
  if (failed) return <p role="alert">{t('viewer.image.failed')}</p>;
  return (
    <>
      <div className="button-row" role="group" aria-label={t('viewer.image.zoomLabel')}>
        <button type="button" className="button" aria-pressed={!actualSize} onClick={() => setActualSize(false)}>
          {t('viewer.image.fit')}
        </button>
        <button type="button" className="button" aria-pressed={actualSize} onClick={() => setActualSize(true)}>
          {t('viewer.image.actual')}
        </button>
      </div>
      <ScrollStage label={attachment.name} actualSize={actualSize}>
        <img src={attachmentUrl(attachment.id)} alt={t('viewer.image.alt', { name: attachment.name })} onError={() => setFailed(true)} />
      </ScrollStage>
    </>
  );
}
