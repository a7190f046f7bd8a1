import * as React from 'react';
import type { Framework } from '../../../../model';
import type { PackedClauses, ShownSuggestions } from '../../../../documents/read/worker/readerJobs';

export type SuggestionsState = { status: 'waiting' } | { status: 'working' } | { status: 'ready'; set: ShownSuggestions } | { status: 'error' };

const WAITING: SuggestionsState = { status: 'waiting' };
const WORKING: SuggestionsState = { status: 'working' };

/** What a ranking gave, and for which framework and clauses. */
interface Ranked {
  framework: Framework;
  documents: readonly PackedClauses[];
  state: SuggestionsState;
}

/**
 * Ranks the clauses for every duty of the framework whenever the documents
 * read change, in the reader worker, which sends back only what the panel
 * shows. The ranking code is loaded on first use. "Working" is worked out,
 * not stored: storing it would render the panel once more, on its own, as
 * each document is read.
 *
 * @param framework - The mapping's framework.
 * @param documents - The JD's and PS's clauses read so far, packed.
 * @returns Waiting (no clauses), working, the suggestions, or an error (the code could not be loaded).
 */
export function useSuggestions(framework: Framework, documents: readonly PackedClauses[]): SuggestionsState {
  const [ranked, setRanked] = React.useState<Ranked>();
  const waiting = documents.every((document) => document.count === 0);
  React.useEffect(() => {
    if (waiting) {
      return undefined;
    }
    let current = true;
    const settle = (state: SuggestionsState): void => {
      if (current) {
        setRanked({ framework, documents, state });
      }
    };
    void (async () => {
      try {
        const [jd, reader] = await Promise.all([
          import(/* webpackChunkName: 'jd-import' */ '../../../../model/jd'),
          import(/* webpackChunkName: 'jd-read' */ '../../../../documents/read/worker/readerClient')
        ]);
        // Ranked in the reader worker, off the page's thread.
        const result = await reader.runInReader({ op: 'suggest', duties: jd.dutyQueries(framework), documents: [...documents] });
        settle(result.ok && result.op === 'suggest' ? { status: 'ready', set: { ...result.set, byDuty: new Map(result.set.byDuty) } } : { status: 'error' });
      } catch {
        // The ranking's code could not be loaded, or the worker could not start.
        settle({ status: 'error' });
      }
    })();
    return () => {
      current = false;
    };
  }, [framework, documents, waiting]);
  if (waiting) {
    return WAITING;
  }
  return ranked !== undefined && ranked.framework === framework && ranked.documents === documents ? ranked.state : WORKING;
}
