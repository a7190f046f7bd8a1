/**
 * The uncompressed size a .docx (a ZIP file) declares for one of its parts,
 * read from the ZIP's central directory without inflating anything, so a
 * small file that would inflate to gigabytes is refused before any parsing.
 * A part that inflates past its declared size is still stopped: reading runs
 * in a worker with a time limit.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, plus a comment of up to 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;

/**
 * Declared uncompressed sizes of the ZIP's parts by name.
 *
 * @param data - The file's bytes.
 * @returns Sizes by part name; empty when the directory cannot be read (the reader then says the file is damaged).
 */
export function zipPartSizes(data: ArrayBuffer): Map<string, number> {
  const view = new DataView(data);
  const sizes = new Map<string, number>();
  let end = -1;
  for (let at = data.byteLength - 22; at >= Math.max(0, data.byteLength - MAX_END_SEARCH); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) {
    return sizes;
  }
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count && at + 46 <= data.byteLength; i += 1) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      break;
    }
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(new Uint8Array(data, at + 46, Math.min(nameLength, data.byteLength - at - 46)));
    // 0xFFFFFFFF means the real size is in a ZIP64 extra field: at least 4 GB, so as good as infinite here.
    sizes.set(name, uncompressed === 0xffffffff ? Number.POSITIVE_INFINITY : uncompressed);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return sizes;
}
