import { areaBreakdown, countByStatus, coverage, topLevelDutyIds } from '../../model';
import type { Framework, Mapping } from '../../model';
import type { OpenedMapping } from '../../services/types';
import { areaCountsValues } from './areaCountsColumn';
import { presentValues } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { entryEtags, entryHistory, rememberMapping } from './entryQueries';
import type { StoredEntries } from './entryQueries';
import { headerToken } from './headerToken';
import { headerFromRow, totalsDisagree, totalsValues } from './mappingRows';
import { readMappingWithEntries } from './readMapping';
import { etagOf, text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import type { SpFrameworkStore } from '../frameworks/SpFrameworkStore';

/**
 * Rewrites a mapping item's totals when they disagree with its entries (a save
 * whose counts update never succeeded, or an entry edited in SharePoint), so the
 * chooser and overview stop showing wrong counts. One extra request, only then.
 * Best effort: a reader may not write, and a save that gets in first writes the
 * same totals; either way opening goes on and the next save checks again.
 */
async function healTotals(context: DataContext, id: number, row: Row, stored: StoredEntries, framework: Framework): Promise<void> {
  const dutyIds = topLevelDutyIds(framework);
  const totals = totalsValues(countByStatus(stored.entries, dutyIds), coverage(stored.entries, dutyIds), dutyIds.length);
  if (!totalsDisagree(row, totals)) {
    return;
  }
  try {
    // The per-area counts were written by the same failed update, so they are rewritten with the totals.
    const values = presentValues(context, { ...totals, ...areaCountsValues(areaBreakdown(framework, stored.entries)) });
    await context.list('mappings').items.getById(id).update(values, etagOf(row));
  } catch {
    // Deliberately not reported: see above.
  }
}

/**
 * Opens a mapping: the mapping item, its entries (by the indexed mapping id)
 * and who is signed in go in one batch; the framework version it uses follows
 * in a second request unless this session already has it. So at most two
 * requests after the form digest, plus one when the stored totals need repair.
 *
 * @param context - Data context.
 * @param frameworks - Framework store, for the mapping's framework version.
 * @param id - Mapping item id.
 * @returns The mapping with its framework and the tokens needed to save it.
 */
export async function openMapping(context: DataContext, frameworks: SpFrameworkStore, id: number): Promise<OpenedMapping> {
  const { row, stored: indexed } = await readMappingWithEntries(context, id, true);
  const stored = headerFromRow(row, context.timeZone);
  const { framework, fallback } = await frameworks.getVersionForMapping(stored.header.frameworkId, stored.header.frameworkVersion);
  rememberMapping(context, id, indexed, stored.header.team, framework);
  if (!fallback) {
    // Counted over another version's duties the totals would be "repaired" wrongly.
    await healTotals(context, id, row, indexed, framework);
  }
  const result: Mapping = {
    id,
    header: stored.header,
    areaComments: stored.areaComments,
    entries: indexed.entries,
    modified: text(row, 'Modified') || undefined
  };
  const opened: OpenedMapping = {
    mapping: result,
    framework,
    headerEtag: headerToken(stored),
    entryEtags: entryEtags(indexed),
    entryHistory: entryHistory(indexed)
  };
  if (fallback) {
    opened.frameworkFallback = fallback;
  }
  return opened;
}
