/**
 * Starts the reader worker. Both builds recognise the form
 * `new Worker(new URL('./reader.worker.js', import.meta.url))`: webpack 5 (the
 * SPFx bundle) and Vite (the local page) each bundle reader.worker as a file of
 * its own and put its address there.
 *
 * The worker is not started from that address itself but from a blob: address
 * on the page's own origin that loads it with importScripts: SharePoint may
 * serve the web part's files from a CDN on another origin, where a page may
 * not start a worker directly (importScripts may cross origins), and the SPFx
 * bundle wraps every file in an AMD `define` that finds its own address from
 * `document.currentScript`, neither of which a worker has.
 *
 * @returns The worker.
 */
export function startReaderWorker(): Worker {
  const scope = globalThis as { Worker: typeof Worker };
  const Native = scope.Worker;
  scope.Worker = class extends Native {
    public constructor(url: string | URL) {
      const address = new URL(String(url), location.href).href;
      const quoted = JSON.stringify(address);
      // The SPFx file reads document.currentScript for its own address (to load its other chunks) before calling
      // define; both are given for that first load only, before any module of it runs.
      const source = `self.define=function(d,f){return (typeof f==='function'?f:d)()};self.document={currentScript:{src:${quoted}}};try{importScripts(${quoted})}finally{delete self.document}`;
      super(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    }
  };
  try {
    // The name is webpack's chunk name (a magic comment inside the call would hide the URL from Vite).
    return new Worker(new URL('./reader.worker.js', import.meta.url), { name: 'jd-reader-worker' });
  } finally {
    scope.Worker = Native;
  }
}
