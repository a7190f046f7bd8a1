import type { TextBlock } from '../../model/jd/types';
import { DocumentReadError, MAX_DOCUMENT_BYTES } from './documentErrors';

/** What the reader needs of a browser File (and what tests can build in Node). */
export interface DocumentFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type DocumentFormat = 'docx' | 'pdf';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** Old Word files and password-protected .docx files are both OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The format a file's name promises; an old Word file or any other type is
 * refused from its name alone, before its content is read.
 *
 * @param name - The file name.
 * @returns The promised format.
 * @throws DocumentReadError for an old .doc (or .dot, .rtf) or any other type.
 */
function formatByName(name: string): DocumentFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase();
  if (extension === 'doc' || extension === 'dot' || extension === 'rtf') {
    throw new DocumentReadError('oldWord');
  }
  if (extension === 'docx' || extension === 'pdf') {
    return extension;
  }
  throw new DocumentReadError('unsupportedType');
}

/**
 * Decides how to read a file from its name and first bytes, before any
 * library is loaded, so a wrong file costs no download.
 *
 * @param name - The file name.
 * @param head - Its first bytes.
 * @returns The format.
 * @throws DocumentReadError for an old .doc, an encrypted .docx, any other type, or a file that is not what its name says.
 */
export function formatOf(name: string, head: Uint8Array): DocumentFormat {
  const extension = formatByName(name);
  if (extension === 'docx') {
    if (startsWith(head, OLE)) {
      throw new DocumentReadError('encrypted');
    }
    if (!startsWith(head, ZIP)) {
      throw new DocumentReadError(head.length === 0 ? 'empty' : 'corrupt');
    }
    return 'docx';
  }
  if (!startsWith(head, PDF)) {
    throw new DocumentReadError(head.length === 0 ? 'empty' : 'corrupt');
  }
  return 'pdf';
}

/**
 * Checks a chosen file before anything reads it: its name, its size (before
 * its bytes are read), then its first bytes.
 *
 * @param file - The chosen file.
 * @returns Its format and bytes.
 * @throws DocumentReadError for a file too large, of another type, or not what its name says.
 */
export async function checkedDocument(file: DocumentFile): Promise<{ format: DocumentFormat; data: ArrayBuffer }> {
  formatByName(file.name);
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError('tooLarge');
  }
  const data = await file.arrayBuffer();
  if (data.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError('tooLarge');
  }
  return { format: formatOf(file.name, new Uint8Array(data, 0, Math.min(8, data.byteLength))), data };
}

/**
 * Checks a chosen file held as a Blob (a browser File) from its name, size
 * and first bytes, without reading the rest of it: the reader worker reads it.
 *
 * @param name - The file name.
 * @param blob - The file.
 * @returns Its format.
 * @throws DocumentReadError for a file too large, of another type, or not what its name says.
 */
export async function checkedBlob(name: string, blob: Blob): Promise<DocumentFormat> {
  formatByName(name);
  if (blob.size > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError('tooLarge');
  }
  return formatOf(name, new Uint8Array(await blob.slice(0, 8).arrayBuffer()));
}

/**
 * Reads a JD or PS file in the browser: .docx with mammoth, .pdf with
 * pdf.js, each loaded only when such a file is chosen.
 *
 * @param file - The chosen file.
 * @returns The document's blocks.
 * @throws DocumentReadError saying what is wrong with the file.
 */
export async function readDocument(file: DocumentFile): Promise<TextBlock[]> {
  const { format, data } = await checkedDocument(file);
  let blocks: TextBlock[];
  if (format === 'docx') {
    const { docxBlocks } = await import(/* webpackChunkName: 'jd-docx' */ './docxBlocks');
    try {
      blocks = await docxBlocks(data);
    } catch (error) {
      throw new DocumentReadError('corrupt', error);
    }
  } else {
    const [{ pdfBlocksWith }, { loadPdfLibrary }] = await Promise.all([
      import(/* webpackChunkName: 'jd-pdf' */ './pdfBlocks'),
      import(/* webpackChunkName: 'jd-pdf' */ './pdfLibrary')
    ]);
    blocks = await pdfBlocksWith(await loadPdfLibrary(), data);
  }
  if (blocks.length === 0) {
    throw new DocumentReadError('empty');
  }
  return blocks;
}
