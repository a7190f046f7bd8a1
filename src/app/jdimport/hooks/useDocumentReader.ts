import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { JdSource, TextBlock } from '../../../model/jd/types';
import type { DocumentState } from '../documentState';
import { DocumentReadError } from '../extract/documentErrors';
import type { DocumentFile } from '../extract/readDocument';
import { problemMessage } from '../problemMessages';

export interface DocumentReader {
  readFile: (file: DocumentFile) => void;
  readPasted: (text: string) => void;
}

/**
 * Reads a chosen file or pasted text into clauses and reports each step
 * through `onChange`. A later choice wins over an earlier one still being read.
 *
 * @param source - Whether this is the JD or the PS.
 * @param onChange - Receives the document's new state.
 * @returns Functions to read a file or pasted text.
 */
export function useDocumentReader(source: JdSource, onChange: (state: DocumentState) => void): DocumentReader {
  const latest = React.useRef(0);
  const report = React.useRef(onChange);
  React.useLayoutEffect(() => {
    report.current = onChange;
  });

  const read = React.useCallback(
    (name: string, blocksOf: () => Promise<TextBlock[]>): void => {
      const request = ++latest.current;
      const settle = (state: DocumentState): void => {
        if (request === latest.current) {
          report.current(state);
        }
      };
      settle({ status: 'reading', name });
      void (async () => {
        try {
          const [blocks, jd] = await Promise.all([blocksOf(), import(/* webpackChunkName: 'jd-import' */ '../../../model/jd')]);
          const clauses = jd.splitClauses(blocks, source);
          settle(clauses.length > 0 ? { status: 'ready', name, clauses } : { status: 'error', name, message: strings.JdProblemEmpty });
        } catch (error) {
          settle({ status: 'error', name, message: error instanceof DocumentReadError ? problemMessage(error.problem) : strings.JdReaderFailed });
        }
      })();
    },
    [source]
  );

  return React.useMemo(
    (): DocumentReader => ({
      readFile: (file) =>
        read(file.name, async () => {
          const { readDocument } = await import(/* webpackChunkName: 'jd-read' */ '../extract/readDocument');
          return readDocument(file);
        }),
      readPasted: (text) =>
        read(strings.JdPastedName, async () => {
          const { linesToBlocks, pastedLines } = await import(/* webpackChunkName: 'jd-import' */ '../../../model/jd');
          return linesToBlocks(pastedLines(text));
        })
    }),
    [read]
  );
}
