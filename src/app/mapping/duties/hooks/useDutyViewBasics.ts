import * as React from 'react';
import { validateAreaComments } from '../../../../model';
import type { AreaComments } from '../../../../model';
import { mark } from '../../../common/perf';
import { describeProblem } from '../../../common/validationMessages';

/**
 * Leaves the User Timing marks the benchmark reads for a view of the duties:
 * `<prefix>-render-start` on the first render, `<prefix>-rendered` after its
 * commit, and `<prefix>-edit-rendered` after each later change of the entries.
 *
 * @param prefix - The view's marks: 'idm-grid' (cards) or 'idm-table'.
 * @param entries - The entries the view shows; a new object is an edit.
 */
export function useRenderMarks(prefix: 'idm-grid' | 'idm-table', entries: unknown): void {
  const firstRender = React.useRef(true);
  if (firstRender.current) mark(`${prefix}-render-start`);
  React.useEffect(() => {
    mark(`${prefix}-rendered`);
  }, [prefix]);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mark(`${prefix}-edit-rendered`);
  }, [prefix, entries]);
}

/**
 * The message every area shows when all areas' comments together are too long
 * (they share one column), in both views.
 *
 * @param areaComments - Every area's comments.
 * @returns The worded problem, or undefined when they fit.
 */
export function useAllCommentsError(areaComments: AreaComments): string | undefined {
  return React.useMemo(() => {
    const allComments = validateAreaComments(areaComments).find((problem) => problem.field === 'areaComments');
    return allComments && describeProblem(allComments);
  }, [areaComments]);
}
