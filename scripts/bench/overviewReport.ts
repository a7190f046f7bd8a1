/** The overview lane's figures in the results file and table: ratios, targets and lines. */
import type { OverviewMeasured } from './dataLayer';
import type { ActionsMeasured, AreasMeasured, OverviewFigures } from './overviewBench';
import type { OverviewRenderFigures } from './overviewRender';
import { round } from './stats';

/** What the overview lane adds to the results. */
export interface OverviewResults {
  overview: OverviewMeasured & { areas: AreasMeasured };
  actions: ActionsMeasured;
  baseline: { overview: OverviewMeasured & { areas: AreasMeasured }; actions: ActionsMeasured };
  render: OverviewRenderFigures;
}

type Line = [string, string, string, string, string];

const ratio = (b: number, o: number): number => (o > 0 && Number.isFinite(b) ? round(b / o) : Number.NaN);

/**
 * Baseline over ours for the overview by area and the actions.
 *
 * @param f - The overview figures.
 * @returns Ratios keyed like "overviewAreasRequests".
 */
export function overviewRatios(f: OverviewFigures): Record<string, number> {
  return {
    overviewAreasRequests: ratio(f.baselineAreas.requests, f.areas.requests),
    overviewAreasMs: ratio(f.baselineAreas.ms, f.areas.ms),
    actionsRequests: ratio(f.baselineActions.requests, f.actions.requests),
    actionsMs: ratio(f.baselineActions.ms, f.actions.ms)
  };
}

/**
 * The overview lane's targets.
 *
 * @param r - The results.
 * @returns Each target and whether it was met.
 */
export function overviewTargets(r: OverviewResults): Record<string, { target: string; met: boolean }> {
  const a = r.overview.areas;
  const perFiveThousand = Math.max(1, Math.ceil(r.actions.actions / 5000));
  return {
    overviewAreas: {
      target: 'overview by area ≤ 2 requests, 1,000 teams × 4 areas, no threshold error',
      met: !a.thresholdError && a.requests <= 2 && a.mappings >= 1000 && a.withAreas === a.mappings
    },
    actions: {
      target: 'all open actions in ≤ 1 request per 5,000, no threshold error',
      met: !r.actions.thresholdError && r.actions.requests <= perFiveThousand && r.actions.actions >= 5000
    }
  };
}

/**
 * Lines for the printed table.
 *
 * @param r - The results.
 * @param t - The targets.
 * @param mark - Formats a target with ✓ or ✗.
 * @returns Table lines.
 */
export function overviewLines(r: OverviewResults, t: Record<string, { target: string; met: boolean }>, mark: (met: boolean, target: string) => string): Line[] {
  const pair = (m: { requests: number; ms: number; thresholdError: boolean }): string => (m.thresholdError ? 'threshold error' : `${m.requests} req, ${m.ms} ms`);
  const a = r.overview.areas;
  const b = r.baseline.overview.areas;
  return [
    [`Overview by area, ${a.mappings} mappings (${a.runs} runs)`, pair(a), pair(b), `${ratio(b.requests, a.requests)}× req, ${ratio(b.ms, a.ms)}× ms`, mark(t.overviewAreas.met, t.overviewAreas.target)],
    [`Open actions, ${r.actions.actions} of them (${r.actions.runs} runs)`, pair(r.actions), pair(r.baseline.actions), `${ratio(r.baseline.actions.requests, r.actions.requests)}× req, ${ratio(r.baseline.actions.ms, r.actions.ms)}× ms`, mark(t.actions.met, t.actions.target)],
    [`Overview render, ${r.render.overviewRows} rows (${r.render.overviewRuns} loads)`, `${r.render.overviewMs} ms`, '', '', 'data arrived → table rendered']
  ];
}
