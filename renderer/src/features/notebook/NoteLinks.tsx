import { useId, useMemo } from 'react';
import { findLinks } from '../../../../shared/domain/links';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { useLinkOpening } from './use-link-opening';

/** The host as the URL parser sees it (punycode for look-alike letters), or '' (mailto:). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * "Links in this note": every address written in the body, each as its FULL text (dir="ltr",
 * wrapped, never truncated, so the host is always visible) plus the host as the parser reads
 * it, which shows look-alike letters as xn--… Never an <a href>, never HTML. With opening
 * links off (the default) there is no open action at all; with it on, "Open…" asks first in
 * an alertdialog naming the address (use-link-opening.tsx, shared with the rich body).
 */
export function NoteLinks({ body, allowOpening }: { body: string; allowOpening: boolean }) {
  const { t } = useI18n();
  const links = useMemo(() => findLinks(body), [body]);
  const opening = useLinkOpening();
  const baseId = useId();

  if (links.length === 0) return null;

  return (
    <section className="note-links" aria-labelledby={`${baseId}-heading`}>
      <h2 className="subheading" id={`${baseId}-heading`}>
        {t('editor.links.heading')}
      </h2>
      {allowOpening ? null : <p className="muted">{t('editor.links.off')}</p>}
      <ul className="note-links__list">
        {links.map((url, index) => {
          const host = hostOf(url);
          const urlId = `${baseId}-url-${index}`;
          return (
            <li key={url} className="note-links__item">
              <div className="note-links__text">
                <code className="url" dir="ltr" id={urlId}>
                  {url}
                </code>
                {/* The host is interpolated inside a bidi isolate: it reads correctly in the Arabic sentence. */}
                {host ? <span className="muted">{t('editor.links.host', { host })}</span> : null}
              </div>
              {allowOpening ? (
                <button type="button" className="button button--small" aria-label={t('editor.links.openNamed', { url })} onClick={() => opening.ask(url)}>
                  {t('editor.links.open')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="status-text" role="status">
        {opening.opened ? t('editor.links.opened') : ''}
      </p>
      <ErrorAlert error={opening.error} />
      {opening.dialog}
    </section>
  );
}
