import * as React from 'react';
import type { Framework } from '../../../../model';
import type { Clause, SuggestionSet } from '../../../../model/jd';

export type SuggestionsState = { status: 'waiting' } | { status: 'working' } | { status: 'ready'; set: SuggestionSet } | { status: 'error' };

/**
 * Ranks the clauses for every duty of the framework whenever the clauses
 * change. The ranking code is loaded on first use.
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
    import(/* webpackChunkName: 'jd-import' */ '../../../../model/jd').then(
      (jd) => {
        if (current) {
          setState({ status: 'ready', set: jd.suggestClauses(jd.dutyQueries(framework), clauses) });
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
