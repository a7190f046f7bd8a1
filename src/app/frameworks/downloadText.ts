/**
 * Offers text as a file download in the browser (an object URL and a
 * temporary link, as SharePoint pages and Teams tabs allow).
 *
 * @param text - The file's contents.
 * @param fileName - Its name.
 * @param mime - Its type.
 */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
