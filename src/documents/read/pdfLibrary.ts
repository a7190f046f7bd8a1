import type { PdfLibrary } from './pdfBlocks';

/**
 * Loads pdf.js, API and worker code, on the thread that calls it: for a PDF
 * read where no worker can start (a host that refuses one, jest), and by
 * readDocument. The app's PDF reader worker imports them statically instead.
 *
 * @returns pdf.js.
 */
export async function loadPdfLibrary(): Promise<PdfLibrary> {
  const [pdfjs, worker] = await Promise.all([
    import(/* webpackChunkName: 'jd-pdf' */ 'pdfjs-dist/legacy/build/pdf.mjs'),
    import(/* webpackChunkName: 'jd-pdf' */ 'pdfjs-dist/legacy/build/pdf.worker.mjs')
  ]);
  return { pdfjs, worker };
}
