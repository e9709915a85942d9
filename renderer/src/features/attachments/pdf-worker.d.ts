// pdfjs-dist ships no types for its parser module; the viewer only hands it back to pdf.js.
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
