import type { JdSource } from '../model/jd/types';

/** How a stored JD or PS is held: a Word or PDF file as chosen, or pasted text kept as a .txt file. */
export type StoredFormat = 'docx' | 'pdf' | 'txt';

/** A mapping's JD or PS as the site keeps it in the "Duty Mapping Documents" library. */
export interface StoredDocument {
  kind: JdSource;
  /** The name the file had when it was chosen, or empty for pasted text. */
  originalName: string;
  format: StoredFormat;
  /** Server-relative path of the file, for reading it back. */
  path: string;
  /** SharePoint's version label of the current file, e.g. "2.0"; earlier versions stay in the library. */
  version: string;
  /** When it was last uploaded (ISO). */
  modified: string;
  /** Who last uploaded it. */
  modifiedBy: string;
}

/** A JD or PS to store for a mapping. */
export interface DocumentUpload {
  kind: JdSource;
  originalName: string;
  format: StoredFormat;
  /** The content: bytes, or the chosen file itself (a Blob), sent as it is without being read on the page. */
  bytes: Uint8Array | Blob;
}

/**
 * The size of an upload's content.
 *
 * @param upload - The upload.
 * @returns Its size in bytes.
 */
export function uploadSize(upload: DocumentUpload): number {
  return 'byteLength' in upload.bytes ? upload.bytes.byteLength : upload.bytes.size;
}

/** An earlier version of a stored document, kept by the library's version history. */
export interface StoredDocumentVersion {
  /** e.g. "1.0". */
  version: string;
  /** When that version was uploaded (ISO). */
  created: string;
  createdBy: string;
}

/** Largest JD or PS the app stores (and reads): larger files are refused before any upload. */
export const MAX_STORED_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * The team's JD and PS of each mapping, kept on the site so everyone suggests
 * from the same documents. Members and Owners store them; the library's own
 * permissions refuse Visitors.
 */
export interface MappingDocumentService {
  /** The current JD and PS of a mapping (at most one of each; none when nothing was stored). */
  listDocuments(mappingId: number): Promise<StoredDocument[]>;
  /** The content of a stored document. */
  readDocument(document: StoredDocument): Promise<Uint8Array>;
  /**
   * Stores a mapping's JD or PS. Storing the same kind again in the same
   * format uploads a new version of the same file, so the earlier one stays
   * in the library's version history.
   */
  saveDocument(mappingId: number, upload: DocumentUpload): Promise<StoredDocument>;
  /** Earlier versions of a stored document, oldest first. */
  earlierVersions(document: StoredDocument): Promise<StoredDocumentVersion[]>;
}
