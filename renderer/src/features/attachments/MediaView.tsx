import { useState } from 'react';
import type { ViewedAttachment } from '../../../../shared/domain/attachments';
import { useI18n } from '../../i18n/use-i18n';
import { attachmentUrl } from './attachment-view';

/**
 * Chromium's own players over app://: they ask for byte ranges as they play and seek, so the
 * middle of a long recording decrypts only the chunks it touches. Never autoplays (a voice memo
 * must not start aloud in a courtroom corridor).
 */
export function MediaView({ attachment, kind }: { attachment: ViewedAttachment; kind: 'audio' | 'video' }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  if (failed) return <p role="alert">{t('viewer.media.failed')}</p>;
  const props = { src: attachmentUrl(attachment.id), controls: true, preload: 'metadata', 'aria-label': attachment.name, onError: () => setFailed(true) } as const;
  // An officer's own recording (a voice memo, a hearing) comes with no caption file to offer.
  // eslint-disable-next-line jsx-a11y/media-has-caption
  return kind === 'audio' ? <audio {...props} className="attachment-viewer__audio" /> : <video {...props} className="attachment-viewer__video" />;
}
