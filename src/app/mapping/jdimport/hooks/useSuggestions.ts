import * as React from 'react';
import type { Framework } from '../../../../model';
import type { Clause, SuggestionSet } from '../../../../model/jd';

export type SuggestionsState = { status: 'waiting' } | { status: 'working' } | { status: 'ready'; set: SuggestionSet } | { status: 'error' };

/**
 * Ranks the clauses for every duty of the framework whenever the clauses
 * change, in the reader worker. The ranking code is loaded on first use.
 *
 * @param framework - The mapping's framework.
 * @param clauses - Clauses of the JD and PS read so far.
 * @returns Waiting (no clauses), working, the suggestions, or an error (the code could not be loaded).
 */
export function useSuggestions(framework: Framework, clauses: readonly Clause[]): SuggestionsState {
  const [state, setState] = React.useState<SuggestionsState>({ status: 'waiting' });
  React.useEffect(() => {
    if (clauses.length === 0) {
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
        const result = await reader.runInReader({ op: 'suggest', duties: jd.dutyQueries(framework), clauses: [...clauses] });
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
  }, [framework, clauses]);
  return state;
}
