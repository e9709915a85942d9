import { getDocument, VerbosityLevel, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import * as parser from 'pdfjs-dist/build/pdf.worker.mjs';
import { attachmentUrl } from './attachment-view';

declare global {
  // pdf.js looks here for a parser already loaded on the page (its "fake worker").
  var pdfjsWorker: { WorkerMessageHandler: unknown } | undefined;
}

/*
 * Why the parser runs on the page and not in a Web Worker: the window's CSP enforces Trusted
 * Types with no policy at all (trusted-types 'none'), and `new Worker(url)` is a Trusted Types
 * sink, so a worker could only start through a policy that would weaken it for every script.
 * The parser is bundled from the app's own origin (no blob:, no eval: pdf.js 6 has no eval
 * path left), loaded only with this module, and runs in the same sandboxed renderer.
 */
globalThis.pdfjsWorker = parser;

/**
 * Opens an attachment's PDF over app:// (Range requests, no-store): with streaming and
 * prefetching off, pdf.js asks only for the byte ranges the pages shown need, and the protocol
 * decrypts only the chunks they fall in. Nothing is fetched from anywhere else: no standard
 * font data, CMaps, ICC profiles or WebAssembly decoders (a PDF that needs them shows its
 * text in a system font, or an image blank), no scripting, no XFA forms.
 * The caller must destroy() the task: that frees the document and every page's data.
 */
export function openPdf(attachmentId: string): PDFDocumentLoadingTask {
  return getDocument({
    url: attachmentUrl(attachmentId),
    disableStream: true,
    disableAutoFetch: true,
    disableWorkerRendering: true,
    useWasm: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  });
}
