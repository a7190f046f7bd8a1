import * as React from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { JdSource } from '../../../../model/jd/types';
import type { DocumentUpload, StoredDocument } from '../../../../services/documents';
import type { DocumentState } from '../documentState';
import { DocumentReadError } from '../../../../documents/read/documentErrors';
import type { DocumentFile } from '../../../../documents/read/readDocument';
import type { ReadDocument, ReaderResult } from '../../../../documents/read/worker/readerJobs';
import { problemMessage } from '../problemMessages';

export interface DocumentReader {
  /** A file the person chose: read, then stored for the team. */
  readFile: (file: DocumentFile) => void;
  /** Text the person pasted: read, then stored for the team as a .txt file. */
  readPasted: (text: string) => void;
  /** A document the team stored earlier, with its content. */
  readStored: (document: StoredDocument, bytes: Uint8Array) => void;
  /** A document the team stored earlier that is not read (too large): says why. */
  refuseStored: (document: StoredDocument, message: string) => void;
}

/**
 * Reads the file once for both the reader and the upload. Each gets its own
 * copy: pdf.js takes over (detaches) the buffer it is given.
 */
function onceRead(file: DocumentFile): DocumentFile & { bytes: () => Promise<Uint8Array> } {
  let data: Promise<ArrayBuffer> | undefined;
  const arrayBuffer = async (): Promise<ArrayBuffer> => {
    data = data ?? file.arrayBuffer();
    return (await data).slice(0);
  };
  return { name: file.name, size: file.size, arrayBuffer, bytes: async () => new Uint8Array(await arrayBuffer()) };
}

/** A chosen file the browser holds as a Blob (a File): it can be handed to the worker and read there. */
function blobOf(file: DocumentFile): Blob | undefined {
  return typeof Blob !== 'undefined' && file instanceof Blob && typeof file.slice === 'function' && typeof file.arrayBuffer === 'function' ? file : undefined;
}

function documentOrProblem(result: ReaderResult): ReadDocument {
  if (!result.ok) {
    throw new DocumentReadError(result.problem);
  }
  if (result.op !== 'read') {
    throw new DocumentReadError('corrupt');
  }
  return result.document;
}

/**
 * A file is read in a reader worker (a PDF in the PDF reader worker): a chosen
 * file is handed over as it is (a Blob goes by reference) and read there, so
 * its bytes never pass through the page, nor does pdf.js or mammoth run there.
 */
async function fileClauses(file: DocumentFile, source: JdSource): Promise<ReadDocument> {
  const [{ checkedBlob, checkedDocument }, { runInReader }] = await Promise.all([
    import(/* webpackChunkName: 'jd-read' */ '../../../../documents/read/readDocument'),
    import(/* webpackChunkName: 'jd-read' */ '../../../../documents/read/worker/readerClient')
  ]);
  const blob = blobOf(file);
  const { format, data } = blob !== undefined ? { format: await checkedBlob(file.name, blob), data: blob } : await checkedDocument(file);
  return documentOrProblem(await runInReader(format === 'pdf' ? { op: 'read', source, input: { type: 'pdf', data } } : { op: 'read', source, input: { type: 'docx', data } }));
}

async function textClauses(text: string, source: JdSource): Promise<ReadDocument> {
  const { runInReader } = await import(/* webpackChunkName: 'jd-read' */ '../../../../documents/read/worker/readerClient');
  return documentOrProblem(await runInReader({ op: 'read', source, input: { type: 'text', text } }));
}

/**
 * Reads a chosen file, pasted text or a stored document into clauses and
 * reports each step through `onChange`; hands what was chosen to `store` once
 * it has been read, so only readable documents are stored. A later choice
 * wins over an earlier one still being read; a choice that cannot be read
 * leaves an earlier readable document in use, with the problem shown.
 *
 * @param source - Whether this is the JD or the PS.
 * @param current - The document's state now.
 * @param onChange - Receives the document's new state.
 * @param store - Stores a readable choice for the team.
 * @returns Functions to read a file, pasted text or a stored document.
 */
export function useDocumentReader(
  source: JdSource,
  current: DocumentState,
  onChange: (state: DocumentState) => void,
  store: (upload: DocumentUpload) => void
): DocumentReader {
  const latest = React.useRef(0);
  const callbacks = React.useRef({ current, onChange, store });
  React.useLayoutEffect(() => {
    callbacks.current = { current, onChange, store };
  });

  const read = React.useCallback(
    (name: string, clausesOf: () => Promise<ReadDocument>, after: { upload?: () => Promise<DocumentUpload>; stored?: StoredDocument }): void => {
      const request = ++latest.current;
      const before = callbacks.current.current;
      const settle = (state: DocumentState): boolean => {
        if (request !== latest.current) {
          return false;
        }
        callbacks.current.onChange(state);
        return true;
      };
      const fail = (message: string): void => {
        // An earlier readable document stays in use; the problem is shown beside it.
        settle(before.status === 'ready' ? { ...before, problem: { name, message } } : { status: 'error', name, message });
      };
      settle({ status: 'reading', name });
      void (async () => {
        let read: ReadDocument;
        try {
          read = await clausesOf();
          if (read.clauses.count === 0 && !read.notes.some((note) => note.kind === 'noClauses')) {
            fail(strings.MappingJdProblemEmpty);
            return;
          }
        } catch (error) {
          fail(error instanceof DocumentReadError ? problemMessage(error.problem) : strings.MappingJdReaderFailed);
          return;
        }
        if (!after.upload) {
          settle({ status: 'ready', name, ...read, store: after.stored ? { status: 'saved', document: after.stored } : undefined });
          return;
        }
        // Read: now store it. A chosen file is read again for the upload; one changed or removed since then is read
        // but not stored, and says so (with nothing to try again: the file has to be chosen again).
        const upload = await after.upload().catch(() => undefined);
        // The document read and its store starting are one render: outside an event React 17 renders each change on
        // its own, and with a long document in the panel each render is a long task.
        unstable_batchedUpdates(() => {
          if (upload === undefined) {
            settle({ status: 'ready', name, ...read, store: { status: 'failed', message: strings.MappingJdProblemCorrupt } });
          } else if (settle({ status: 'ready', name, ...read })) {
            callbacks.current.store(upload);
          }
        });
      })();
    },
    []
  );

  return React.useMemo((): DocumentReader => {
    const format = (name: string): DocumentUpload['format'] => (/\.pdf$/i.test(name) ? 'pdf' : 'docx');
    return {
      readFile: (chosen) => {
        const blob = blobOf(chosen);
        // A browser File is uploaded as it is: its bytes are never read or copied on the page.
        const file = blob === undefined ? onceRead(chosen) : chosen;
        const bytes = async (): Promise<Uint8Array | Blob> => blob ?? new Uint8Array(await file.arrayBuffer());
        read(file.name, () => fileClauses(file, source), {
          upload: async () => ({ kind: source, originalName: file.name, format: format(file.name), bytes: await bytes() })
        });
      },
      readPasted: (text) =>
        read(strings.MappingJdPastedName, () => textClauses(text, source), {
          upload: async () => ({ kind: source, originalName: '', format: 'txt', bytes: new TextEncoder().encode(text) })
        }),
      readStored: (document, bytes) => {
        const name = document.originalName || strings.MappingJdPastedName;
        const blocks =
          document.format === 'txt'
            ? () => textClauses(new TextDecoder().decode(bytes), source)
            : // The reader tells formats apart by extension (and first bytes); the stored format is the extension.
              () => fileClauses({ name: `stored.${document.format}`, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer }, source);
        read(name, blocks, { stored: document });
      },
      refuseStored: (document, message) => {
        latest.current += 1;
        callbacks.current.onChange({ status: 'error', name: document.originalName || strings.MappingJdPastedName, message });
      }
    };
  }, [read, source]);
}
