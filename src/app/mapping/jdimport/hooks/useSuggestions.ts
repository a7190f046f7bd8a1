import * as React from 'react';
import type { Framework } from '../../../../model';
import type { PackedClauses, ShownSuggestions } from '../../../../documents/read/worker/readerJobs';

export type SuggestionsState = { status: 'waiting' } | { status: 'working' } | { status: 'ready'; set: ShownSuggestions } | { status: 'error' };

/**
 * Ranks the clauses for every duty of the framework whenever the documents
 * read change, in the reader worker, which sends back only what the panel
 * shows. The ranking code is loaded on first use.
 *
 * @param framework - The mapping's framework.
 * @param documents - The JD's and PS's clauses read so far, packed.
 * @returns Waiting (no clauses), working, the suggestions, or an error (the code could not be loaded).
 */
export function useSuggestions(framework: Framework, documents: readonly PackedClauses[]): SuggestionsState {
  const [state, setState] = React.useState<SuggestionsState>({ status: 'waiting' });
  React.useEffect(() => {
    if (documents.every((document) => document.count === 0)) {
      setState({ status: 'waiting' });
      return undefined;
    }
    let current = true;
    setState({ status: 'working' });
    Promise.all([
      import(/* webpackChunkName: 'jd-import' */ '../../../../model/jd'),
      import(/* webpackChunkName: 'jd-read' */ '../../../../documents/read/worker/readerClient')
    ]).then(
      // Ranked in the reader worker, off the page's thread.
      async ([jd, reader]) => {
        const result = await reader.runInReader({ op: 'suggest', duties: jd.dutyQueries(framework), documents: [...documents] });
        if (current) {
          setState(result.ok && result.op === 'suggest' ? { status: 'ready', set: { ...result.set, byDuty: new Map(result.set.byDuty) } } : { status: 'error' });
        }
      },
      () => {
        if (current) {
          setState({ status: 'error' });
        }
      }
    );
    return () => {
      current = false;
    };
  }, [framework, documents]);
  return state;
}
