import * as React from 'react';
import type { JdSource } from '../../../../model/jd/types';
import type { DocumentUpload } from '../../../../services/documents';
import { useServices } from '../../../shell/services/ServicesContext';
import type { DocumentState } from '../documentState';
import { storeMessage } from '../storeMessages';

/** Changes one document's state from what it is now (the editor page keeps the states). */
export type DocumentUpdate = (source: JdSource, next: (before: DocumentState) => DocumentState) => void;

export interface DocumentStore {
  /** Stores a read document for the team; its state shows saving, then saved or why not. */
  save: (source: JdSource, upload: DocumentUpload) => void;
}

/**
 * Stores the JD and PS of a mapping in the site's library as they are read.
 * The outcome lands on the document's state only while it is still the
 * document being stored (a later choice wins), and only on a document that
 * was read: storing never changes the clauses in use.
 *
 * @param mappingId - The mapping the documents belong to.
 * @param update - Changes a document's state.
 * @returns The store.
 */
export function useDocumentStore(mappingId: number, update: DocumentUpdate): DocumentStore {
  const services = useServices();
  const requests = React.useRef<Record<JdSource, number>>({ jd: 0, ps: 0 });
  const save = React.useCallback(
    (source: JdSource, upload: DocumentUpload): void => {
      const request = ++requests.current[source];
      const settle = (store: NonNullable<Extract<DocumentState, { status: 'ready' }>['store']>): void => {
        if (request === requests.current[source]) {
          update(source, (before) => (before.status === 'ready' ? { ...before, store } : before));
        }
      };
      settle({ status: 'saving' });
      services.documents.saveDocument(mappingId, upload).then(
        (document) => settle({ status: 'saved', document }),
        (error: unknown) => settle({ status: 'failed', message: storeMessage(error), upload })
      );
    },
    [mappingId, services, update]
  );
  return React.useMemo(() => ({ save }), [save]);
}
