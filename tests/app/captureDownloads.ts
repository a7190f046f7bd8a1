/** A file the app handed to the browser to download. */
export interface SavedDownload {
  blob: Blob;
  name: string;
}

/**
 * jsdom has no object URLs and does not download: capture the Blob handed to
 * createObjectURL and the anchor that is clicked, as the browser would receive
 * them. Restore with jest.restoreAllMocks().
 *
 * @param options - failCreate: the host refuses to make an object URL (as a locked-down browser may).
 * @returns The downloads, in order, filled as they happen.
 */
export function captureDownloads(options: { failCreate?: boolean } = {}): SavedDownload[] {
  const saved: SavedDownload[] = [];
  const blobs = new Map<string, Blob>();
  Object.assign(URL, {
    createObjectURL: (blob: Blob): string => {
      if (options.failCreate) {
        throw new Error('Blocked by the host');
      }
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string): void => {
      blobs.delete(url);
    }
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.isConnected).toBe(true);
    const blob = blobs.get(this.href);
    if (blob) {
      saved.push({ blob, name: this.download });
    }
  });
  return saved;
}
