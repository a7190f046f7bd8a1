import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Rollup } from '../../../model';
import { formatText } from '../../../wording/format';

/** An area's progress in numbers: duties reviewed (any status but "Not yet reviewed") of all, and gaps. */
export interface Progress {
  reviewed: number;
  total: number;
  gaps: number;
}

/**
 * Progress from an area's (or mapping's) rollup.
 *
 * @param rollup - Counts by status.
 * @returns Reviewed, total and gaps.
 */
export function progressOf(rollup: Rollup): Progress {
  return { reviewed: rollup.dutyCount - rollup.counts.notReviewed, total: rollup.dutyCount, gaps: rollup.counts.gap };
}

/**
 * Progress in words, e.g. "3 of 8 reviewed, 1 gap".
 *
 * @param progress - The numbers.
 * @returns The sentence fragment.
 */
export function progressText(progress: Progress): string {
  const gaps = progress.gaps === 0 ? strings.MappingAreaProgressNoGaps : progress.gaps === 1 ? strings.MappingAreaProgressOneGap : formatText(strings.MappingAreaProgressGaps, progress.gaps);
  return `${formatText(strings.MappingAreaProgress, progress.reviewed, progress.total)}, ${gaps}`;
}
