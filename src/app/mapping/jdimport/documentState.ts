import type { JdNote, JdSource } from '../../../model/jd/types';
import type { PackedClauses } from '../../../documents/read/worker/readerJobs';
import type { DocumentUpload, StoredDocument } from '../../../services/documents';

/** Whether a document read in the panel is stored for the team in the site's library. */
export type StoreState =
  | { status: 'saving' }
  | { status: 'saved'; document: StoredDocument }
  /** Read, but not stored: what went wrong, and the upload to try again (none when the chosen file could not be read again for it). */
  | { status: 'failed'; message: string; upload?: DocumentUpload };

/** A chosen file that could not be read while an earlier one stays in use. */
export interface KeptProblem {
  name: string;
  message: string;
}

/** One of the team's two documents, as the import panel holds it. */
export type DocumentState =
  | { status: 'empty' }
  | { status: 'reading'; name: string }
  | { status: 'ready'; name: string; clauses: PackedClauses; notes: JdNote[]; store?: StoreState; problem?: KeptProblem }
  | { status: 'error'; name: string; message: string };

/** The JD and PS read so far; kept by the editor page so closing the panel loses nothing. */
export type JdDocuments = Record<JdSource, DocumentState>;

export const NO_DOCUMENTS: JdDocuments = { jd: { status: 'empty' }, ps: { status: 'empty' } };

/**
 * The clauses read so far, JD first, packed as the reader keeps them (only
 * the ranking in the worker unpacks them). The same documents give the same
 * array's items, so storing a document (which changes its state) does not
 * rank its clauses again.
 *
 * @param documents - The JD and PS.
 * @returns Their packed clauses.
 */
export function clausesOf(documents: JdDocuments): PackedClauses[] {
  return [documents.jd, documents.ps].reduce<PackedClauses[]>((all, document) => (document.status === 'ready' ? [...all, document.clauses] : all), []);
}

/**
 * What the reading said about the JD and PS (a document with no duties, one cut short), JD first.
 *
 * @param documents - The JD and PS.
 * @returns Their notes.
 */
export function readingNotes(documents: JdDocuments): JdNote[] {
  return [documents.jd, documents.ps].reduce<JdNote[]>((all, document) => (document.status === 'ready' ? all.concat(document.notes) : all), []);
}
