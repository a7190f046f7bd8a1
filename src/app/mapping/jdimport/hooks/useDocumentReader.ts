import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { JdSource, TextBlock } from '../../../../model/jd/types';
import type { DocumentUpload, StoredDocument } from '../../../../services/documents';
import type { DocumentState } from '../documentState';
import { DocumentReadError } from '../../../../documents/read/documentErrors';
import type { DocumentFile } from '../../../../documents/read/readDocument';
import { problemMessage } from '../problemMessages';

export interface DocumentReader {
  /** A file the person chose: read, then stored for the team. */
  readFile: (file: DocumentFile) => void;
  /** Text the person pasted: read, then stored for the team as a .txt file. */
  readPasted: (text: string) => void;
  /** A document the team stored earlier, with its content. */
  readStored: (document: StoredDocument, bytes: Uint8Array) => void;
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

async function fileBlocks(file: DocumentFile): Promise<TextBlock[]> {
  const { readDocument } = await import(/* webpackChunkName: 'jd-read' */ '../../../../documents/read/readDocument');
  return readDocument(file);
}

async function textBlocks(text: string): Promise<TextBlock[]> {
  const { linesToBlocks, pastedLines } = await import(/* webpackChunkName: 'jd-import' */ '../../../../model/jd');
  return linesToBlocks(pastedLines(text));
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
    (name: string, blocksOf: () => Promise<TextBlock[]>, after: { upload?: () => Promise<DocumentUpload>; stored?: StoredDocument }): void => {
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
        try {
          const [blocks, jd] = await Promise.all([blocksOf(), import(/* webpackChunkName: 'jd-import' */ '../../../../model/jd')]);
          const clauses = jd.splitClauses(blocks, source);
          if (clauses.length === 0) {
            fail(strings.JdProblemEmpty);
            return;
          }
          const store = after.stored ? { status: 'saved' as const, document: after.stored } : undefined;
          if (!settle({ status: 'ready', name, clauses, store }) || !after.upload) {
            return;
          }
        } catch (error) {
          fail(error instanceof DocumentReadError ? problemMessage(error.problem) : strings.JdReaderFailed);
          return;
        }
        // Read: now store it (the read bytes are already in memory, so preparing the upload cannot fail on the document).
        callbacks.current.store(await after.upload());
      })();
    },
    [source]
  );

  return React.useMemo((): DocumentReader => {
    const format = (name: string): DocumentUpload['format'] => (/\.pdf$/i.test(name) ? 'pdf' : 'docx');
    return {
      readFile: (chosen) => {
        const file = onceRead(chosen);
        read(file.name, () => fileBlocks(file), {
          upload: async () => ({ kind: source, originalName: file.name, format: format(file.name), bytes: await file.bytes() })
        });
      },
      readPasted: (text) =>
        read(strings.JdPastedName, () => textBlocks(text), {
          upload: async () => ({ kind: source, originalName: '', format: 'txt', bytes: new TextEncoder().encode(text) })
        }),
      readStored: (document, bytes) => {
        const name = document.originalName || strings.JdPastedName;
        const blocks =
          document.format === 'txt'
            ? () => textBlocks(new TextDecoder().decode(bytes))
            : // The reader tells formats apart by extension (and first bytes); the stored format is the extension.
              () => fileBlocks({ name: `stored.${document.format}`, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer });
        read(name, blocks, { stored: document });
      }
    };
  }, [read, source]);
}
