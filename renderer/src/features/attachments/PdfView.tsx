import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ViewedAttachment } from '../../../../shared/domain/attachments';
import { useI18n } from '../../i18n/use-i18n';
import { openPdf } from './pdf-document';
import { PdfPage } from './PdfPage';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const START_ZOOM = ZOOMS.indexOf(1);

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; doc: PDFDocumentProxy };

/** A PDF read inside the app, one page at a time, with the page count and a zoom. */
export function PdfView({ attachment }: { attachment: ViewedAttachment }) {
  const { t, formatNumber } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [page, setPage] = useState(1);
  const [zoomStep, setZoomStep] = useState(START_ZOOM);

  useEffect(() => {
    let live = true;
    const task = openPdf(attachment.id);
    task.promise.then(
      (doc) => live && setLoaded({ state: 'ready', doc }),
      () => live && setLoaded({ state: 'failed' }),
    );
    // Closing the viewer (or a lock, which unmounts everything) frees the document and its pages.
    return () => {
      live = false;
      void task.destroy();
    };
  }, [attachment.id]);

  if (loaded.state === 'loading') return <p role="status">{t('viewer.pdf.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{t('viewer.pdf.failed')}</p>;
  const count = loaded.doc.numPages;
  const zoom = ZOOMS[zoomStep] ?? 1;
  return (
    <>
      <div className="button-row attachment-viewer__pdf-bar" role="toolbar" aria-label={t('viewer.pdf.toolbar')}>
        <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('viewer.pdf.previous')}
        </button>
        <span role="status" className="status-text">
          {t('viewer.pdf.page', { page: formatNumber(page), count: formatNumber(count) })}
        </span>
        <button type="button" className="button" disabled={page >= count} onClick={() => setPage(page + 1)}>
          {t('viewer.pdf.next')}
        </button>
        <button type="button" className="button" disabled={zoomStep <= 0} onClick={() => setZoomStep(zoomStep - 1)}>
          {t('viewer.pdf.zoomOut')}
        </button>
        <span className="status-text">{t('viewer.pdf.zoom', { percent: formatNumber(Math.round(zoom * 100)) })}</span>
        <button type="button" className="button" disabled={zoomStep >= ZOOMS.length - 1} onClick={() => setZoomStep(zoomStep + 1)}>
          {t('viewer.pdf.zoomIn')}
        </button>
      </div>
      <PdfPage doc={loaded.doc} page={page} zoom={zoom} label={t('viewer.pdf.pageLabel', { page: formatNumber(page) })} onFailed={() => setLoaded({ state: 'failed' })} />
    </>
  );
}
