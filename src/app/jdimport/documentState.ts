import type { Clause, JdSource } from '../../model/jd/types';

/** One of the team's two documents, as the import panel holds it. */
export type DocumentState =
  | { status: 'empty' }
  | { status: 'reading'; name: string }
  | { status: 'ready'; name: string; clauses: Clause[] }
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
