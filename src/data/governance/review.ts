import { PermissionKind } from '@pnp/sp/security';
import type { MappingGovernance } from '../../services/governance';
import { settle } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import type { StoredEntries } from '../mappings/entryQueries';
import { num } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import { MAPPING_FIELDS, RECORD_FIELDS } from '../schema';
import { APPROVERS_GROUP } from './groupName';
import { NOT_COMPARED, changesAfterSignOff, storedFromSnapshot } from './changesAfterSignOff';
import { checkRecord } from './recordJson';
import { RECORD_EXPAND, RECORD_SELECT, governanceFrom } from './records';
import type { RecordRow } from './records';

type Json = Record<string, unknown>;

/** More records than one mapping gathers in decades (two files per sign-off, one per reopening). */
const RECORDS_PER_MAPPING = 500;

/**
 * Starts reading a mapping's records (by the indexed mapping id column) on a
 * batched web. A site whose records library does not exist yet has none.
 *
 * @param context - Data context.
 * @param web - The web, batched or not.
 * @param mappingId - The mapping.
 * @returns The record rows.
 */
export function readRecordRows(context: DataContext, web: IWeb, mappingId: number): Promise<Settled<RecordRow[]>> {
  const select = RECORD_SELECT.filter((name) => !context.missingFields.has(name));
  return settle(
    context
      .list('records', web)
      .items.select(...select)
      .expand(...RECORD_EXPAND)
      .filter(`${RECORD_FIELDS.mappingId} eq ${mappingId}`)
      .orderBy('ID', false)
      .top(RECORDS_PER_MAPPING)<RecordRow[]>()
      .catch((error: unknown) => {
        if (httpStatus(error) === 404) {
          return [];
        }
        throw error;
      })
  );
}

/**
 * Starts reading whether the signed-in user may sign off: a site Owner (who
 * may manage lists) or a member of the approvers group.
 *
 * @param web - The batched web.
 * @returns Whether they may.
 */
export function readCanSignOff(web: IWeb): Promise<Settled<boolean>> {
  return settle(
    Promise.all([web.getCurrentUserEffectivePermissions(), web.currentUser.groups.select('Title')<Json[]>()]).then(
      ([permissions, groups]) => web.hasPermissions(permissions, PermissionKind.ManageLists) || groups.some((group) => group.Title === APPROVERS_GROUP)
    )
  );
}

/**
 * The record number the mapping item remembers (undefined on a site without the column, or before its first record).
 *
 * @param row - The mapping item.
 * @returns The number.
 */
export function latestRemembered(row: Row): number | undefined {
  const value = row[MAPPING_FIELDS.latestRecord];
  return value === null || value === undefined || value === '' ? undefined : num(row, MAPPING_FIELDS.latestRecord);
}

/**
 * A mapping's governance from its records, with the latest record checked in
 * full (its JSON read: one request, only when it has one) and, when signed
 * off, the mapping as stored now compared with the record's snapshot. Reads,
 * never writes. A record that cannot be read or trusted is reported, never
 * thrown.
 *
 * @param context - Data context.
 * @param mappingId - The mapping.
 * @param rows - Its records.
 * @param mappingRow - The mapping item now.
 * @param entries - Its entries now.
 * @returns The governance.
 */
export async function reviewGovernance(context: DataContext, mappingId: number, rows: RecordRow[], mappingRow: Row, entries: StoredEntries): Promise<MappingGovernance> {
  const governance = governanceFrom(rows, mappingRow[MAPPING_FIELDS.signOffState], mappingId, latestRemembered(mappingRow), context.timeZone);
  const latest = governance.records[0];
  if (!latest || governance.problem?.kind === 'missingRecord' || (latest.integrity.kind !== 'unchecked' && latest.integrity.kind !== 'intact')) {
    return governance;
  }
  const row = rows.find((candidate) => candidate.FileRef === latest.fileUrl) ?? {};
  const documentRow = latest.documentUrl ? rows.find((candidate) => candidate.FileRef === latest.documentUrl) : undefined;
  let content = '';
  try {
    content = await context.sp.web.getFileByServerRelativePath(latest.fileUrl).getText();
  } catch (error) {
    if (httpStatus(error) !== 404) {
      // Unreadable just now (offline, throttled): the columns' verdict stands and nothing is compared yet.
      if (governance.state === 'signedOff') {
        governance.changes = NOT_COMPARED;
      }
      return governance;
    }
  }
  const checked = await checkRecord(row, content, mappingId, documentRow, context.timeZone);
  latest.integrity = checked.integrity;
  if (checked.integrity.kind !== 'intact' && checked.integrity.kind !== 'unchecked') {
    governance.state = 'needsChecking';
    governance.problem = { kind: 'recordChanged', record: latest };
    delete governance.signedOff;
    return governance;
  }
  if (governance.state === 'signedOff') {
    const signed = checked.payload?.stored ?? storedFromSnapshot(legacySnapshot(content));
    governance.changes = signed ? changesAfterSignOff(signed, mappingRow, entries, typeof row.Modified === 'string' ? row.Modified : '', context.timeZone) : NOT_COMPARED;
  }
  return governance;
}

function legacySnapshot(content: string): unknown {
  try {
    const parsed = JSON.parse(content) as { snapshot?: unknown };
    return parsed.snapshot;
  } catch {
    return undefined;
  }
}
