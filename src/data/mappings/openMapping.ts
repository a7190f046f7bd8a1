import { areaBreakdown, countByStatus, coverage, topLevelDutyIds } from '../../model';
import type { Framework, Mapping } from '../../model';
import type { OpenedMapping } from '../../services/types';
import { areaCountsValues } from './areaCountsColumn';
import { presentValues } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { entryEtags, entryHistory, rememberMapping } from './entryQueries';
import type { StoredEntries } from './entryQueries';
import { headerToken } from './headerToken';
import { headerFromRow, previousIdOf, totalsDisagree, totalsValues } from './mappingRows';
import { MAPPING_FIELDS } from '../schema';
import { inBatch } from '../toolkit/batch';
import { readRecordRows, readCanSignOff, reviewGovernance } from '../governance/review';
import { readMappingState } from './readMapping';
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
 * Opens a mapping: the mapping item, its entries (by the indexed mapping id),
 * its sign-off records, who is signed in and whether they may sign off go in
 * one batch; the framework version it uses and that framework's newest version
 * number follow in a second (see versionForOpening) and, beside it, the latest record's JSON (to
 * check it and, when signed off, compare the mapping with what was signed).
 * So at most three requests after the form digest, plus one when the stored
 * totals need repair, which never happens to a signed-off mapping: opening
 * one never writes to it.
 *
 * @param context - Data context.
 * @param frameworks - Framework store, for the mapping's framework version.
 * @param id - Mapping item id.
 * @returns The mapping with its framework, its governance and the tokens needed to save it.
 */
export async function openMapping(context: DataContext, frameworks: SpFrameworkStore, id: number): Promise<OpenedMapping> {
  const [state, records, canSignOff] = await inBatch(context.sp, (web) =>
    Promise.all([readMappingState(context, web, id, true), readRecordRows(context, web, id), readCanSignOff(context, web)])
  );
  const { row, stored: indexed } = state;
  const stored = headerFromRow(row, context.timeZone);
  const [{ framework, fallback, latestVersion }, governance] = await Promise.all([
    frameworks.getVersionForOpening(stored.header.frameworkId, stored.header.frameworkVersion),
    // Records that cannot be read leave the governance to the screen's own read (and its retry).
    records.ok ? reviewGovernance(context, id, records.value, row, indexed).catch(() => undefined) : Promise.resolve(undefined)
  ]);
  rememberMapping(context, id, indexed, stored.header.team, framework);
  const settled = governance?.state === 'signedOff' || governance?.state === 'needsChecking';
  if (!fallback && governance !== undefined && !settled) {
    // Counted over another version's duties the totals would be "repaired" wrongly; a signed-off mapping is never written to.
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
  if (latestVersion !== undefined) {
    opened.latestFrameworkVersion = latestVersion;
  }
  if (!context.missingFields.has(MAPPING_FIELDS.previousMappingId)) {
    opened.previousMappingId = previousIdOf(row, id);
  }
  if (governance) {
    opened.governance = canSignOff.ok ? { ...governance, canSignOff: canSignOff.value } : governance;
  }
  if (fallback) {
    opened.frameworkFallback = fallback;
  }
  return opened;
}
