/**
 * Starts the reader workers. Both builds recognise the form
 * `new Worker(new URL('./reader.worker.js', import.meta.url))`: webpack 5 (the
 * SPFx bundle) and Vite (the local page) each bundle the worker as a file of
 * its own and put its address there.
 *
 * A worker is not started from that address itself but from a blob: address
 * on the page's own origin that loads it with importScripts: SharePoint may
 * serve the web part's files from a CDN on another origin, where a page may
 * not start a worker directly (importScripts may cross origins), and the SPFx
 * bundle wraps every file in an AMD `define` that finds its own address from
 * `document.currentScript`, neither of which a worker has.
 */

/** Runs `start` with a Worker constructor that starts the given address through a same-origin blob: address. */
function fromBlob(start: () => Worker): Worker {
  const scope = globalThis as { Worker: typeof Worker };
  const Native = scope.Worker;
  scope.Worker = class extends Native {
    public constructor(url: string | URL, options?: WorkerOptions) {
      const address = new URL(String(url), location.href).href;
      const quoted = JSON.stringify(address);
      // The SPFx file reads document.currentScript for its own address (to load its other chunks) before calling
      // define; both are given for that first load only, before any module of it runs.
      const source = `self.define=function(d,f){return (typeof f==='function'?f:d)()};self.document={currentScript:{src:${quoted}}};try{importScripts(${quoted})}finally{delete self.document}`;
      super(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), options);
    }
  };
  try {
    return start();
  } finally {
    scope.Worker = Native;
  }
}

/**
 * Starts the reader worker (.docx and text reading, ranking).
 *
 * @returns The worker.
 */
export function startReaderWorker(): Worker {
  // The name is webpack's chunk name (a magic comment inside the call would hide the URL from Vite).
  return fromBlob(() => new Worker(new URL('./reader.worker.js', import.meta.url), { name: 'jd-reader-worker' }));
}

/**
 * Starts the PDF reader worker (pdf.js), only when a PDF is read.
 *
 * @returns The worker.
 */
export function startPdfWorker(): Worker {
  return fromBlob(() => new Worker(new URL('./pdf.worker.js', import.meta.url), { name: 'jd-pdf-reader-worker' }));
}
