/**
 * Saves a file the way both hosts allow: an object URL on a hidden anchor with
 * the download attribute. Works in browsers and in the Teams desktop and web
 * clients' tab frames; the anchor is in the document while it is clicked
 * (Firefox ignores clicks on detached anchors) and the URL is revoked only
 * after the browser has had time to start reading it (revoking at once can
 * cancel the download in Firefox and Safari).
 */

/** How long the object URL outlives the click. */
export const REVOKE_AFTER_MS = 60000;

/**
 * Starts the download of a file made in the browser.
 *
 * @param blob - The file's content.
 * @param fileName - The name to save it as (already safe for Windows).
 * @param doc - The document to use (tests and other frames pass theirs).
 */
export function downloadFile(blob: Blob, fileName: string, doc: Document = document): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  doc.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
