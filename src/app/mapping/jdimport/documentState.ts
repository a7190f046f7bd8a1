import type { Clause, JdNote, JdSource } from '../../../model/jd/types';
import type { DocumentUpload, StoredDocument } from '../../../services/documents';

/** Whether a document read in the panel is stored for the team in the site's library. */
export type StoreState =
  | { status: 'saving' }
  | { status: 'saved'; document: StoredDocument }
  /** Read, but not stored: what went wrong, and the upload to try again. */
  | { status: 'failed'; message: string; upload: DocumentUpload };

/** A chosen file that could not be read while an earlier one stays in use. */
export interface KeptProblem {
  name: string;
  message: string;
}

/** One of the team's two documents, as the import panel holds it. */
export type DocumentState =
  | { status: 'empty' }
  | { status: 'reading'; name: string }
  | { status: 'ready'; name: string; clauses: Clause[]; notes: JdNote[]; store?: StoreState; problem?: KeptProblem }
  | { status: 'error'; name: string; message: string };

/** The JD and PS read so far; kept by the editor page so closing the panel loses nothing. */
export type JdDocuments = Record<JdSource, DocumentState>;

export const NO_DOCUMENTS: JdDocuments = { jd: { status: 'empty' }, ps: { status: 'empty' } };

/**
 * Every clause read so far, JD first.
 *
 * @param documents - The JD and PS.
 * @returns Their clauses.
 */
export function clausesOf(documents: JdDocuments): Clause[] {
  return [documents.jd, documents.ps].reduce<Clause[]>((all, document) => (document.status === 'ready' ? all.concat(document.clauses) : all), []);
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
