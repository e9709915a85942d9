import { useEffect, useRef, useState } from 'react';
import { RenderingCancelledException, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { ScrollStage } from './ScrollStage';

/** PDF points are 1/72 inch, CSS pixels 1/96: at 100% a page has its printed size. */
const CSS_PX_PER_POINT = 96 / 72;

interface PdfPageProps {
  doc: PDFDocumentProxy;
  page: number;
  zoom: number;
  label: string;
  onFailed: () => void;
}

/**
 * One page drawn into a canvas at the screen's pixel density. A newer page or zoom cancels the
 * drawing under way; `data-rendered` says which page the canvas holds once it is drawn.
 */
export function PdfPage({ doc, page, zoom, label, onFailed }: PdfPageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [rendered, setRendered] = useState<string | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    let task: RenderTask | null = null;
    let live = true;
    setRendered(null);
    void doc
      .getPage(page)
      .then((proxy) => {
        if (!live) return undefined;
        const viewport = proxy.getViewport({ scale: zoom * CSS_PX_PER_POINT });
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.style.inlineSize = `${Math.floor(viewport.width)}px`;
        canvas.style.blockSize = `${Math.floor(viewport.height)}px`;
        task = proxy.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        return task.promise.then(() => live && setRendered(String(page)));
      })
      .catch((error: unknown) => {
        if (live && !(error instanceof RenderingCancelledException)) onFailed();
      });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, page, zoom, onFailed]);

  return (
    <ScrollStage label={label}>
      <canvas ref={canvasRef} className="attachment-viewer__pdf-canvas" role="img" aria-label={label} data-rendered={rendered ?? undefined} />
    </ScrollStage>
  );
}
