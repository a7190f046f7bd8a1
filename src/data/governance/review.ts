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
 * Starts reading whether the signed-in person may sign off, as SharePoint
 * would let them: they can add items to the records library, and that
 * library has its own permissions (while it inherits the site's, every
 * Member could add a record, so nobody signs off until an Owner runs "Update
 * this site", which their site check offers). Two parts of the caller's
 * batch: the person's permissions on the web and on the library. An Owner's
 * session knows from its site check whether the library inherits (read once
 * more, after the batch, only if not). For anyone else the library's own
 * permissions show in the masks, with no read they may be refused: while it
 * inherits, the library's mask is the web's; with its own, a Member or
 * approver holds Read or Contribute there but Edit or Limited Access on the
 * web. Membership of the approvers group is not read: SharePoint's own
 * permissions on the library decide, so someone in a security group added to
 * the approvers counts too.
 *
 * @param context - Data context (what the session knows of the lists' permissions).
 * @param web - The batched web.
 * @returns Whether they may.
 */
export function readCanSignOff(context: DataContext, web: IWeb): Promise<Settled<boolean>> {
  const onRecords = context
    .list('records', web)
    .getCurrentUserEffectivePermissions()
    .catch((error: unknown) => {
      // No records library yet (a site set up by an older version): nobody can sign off until an Owner updates it.
      if (httpStatus(error) === 404) {
        return undefined;
      }
      throw error;
    });
  // Whether the library has its own permissions, read in the same batch unless this session knows it.
  const known = context.ownPermissions.get('records');
  const ownRead =
    known === undefined
      ? context
          .list('records', web)
          .select('HasUniqueRoleAssignments')<Json>()
          .then((row) => row.HasUniqueRoleAssignments === true)
          .catch(() => undefined)
      : Promise.resolve(known);
  return settle(
    Promise.all([web.getCurrentUserEffectivePermissions(), onRecords, ownRead]).then(async ([site, records, own]) => {
      if (records === undefined || !web.hasPermissions(records, PermissionKind.AddListItems)) {
        return false;
      }
      if (web.hasPermissions(site, PermissionKind.ManagePermissions)) {
        if (own !== undefined) {
          context.ownPermissions.set('records', own);
          return own;
        }
        return recordsHaveOwnPermissions(context);
      }
      return String(site.High) !== String(records.High) || String(site.Low) !== String(records.Low);
    })
  );
}

/** For an Owner, who may read it: whether the records library has its own permissions (remembered for the session). */
async function recordsHaveOwnPermissions(context: DataContext): Promise<boolean> {
  let own = context.ownPermissions.get('records');
  if (own === undefined) {
    const row = await context.list('records').select('HasUniqueRoleAssignments')<Json>();
    own = row.HasUniqueRoleAssignments === true;
    context.ownPermissions.set('records', own);
  }
  return own;
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
