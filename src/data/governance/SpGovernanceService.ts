import '../toolkit/pnp';
import { PermissionKind } from '@pnp/sp/security';
import { AppError } from '../../services/errors';
import type { GovernanceRecord, GovernanceService, HistoryEntry, MappingGovernance, SignOffInput } from '../../services/governance';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import { withAppErrors } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import { readMappingState } from '../mappings/readMapping';
import { dateValue } from '../toolkit/rows';
import { readSiteSettings } from '../settings/siteSettings';
import { localToday, reviewDueDate } from '../../model';
import { ENTRY_FIELDS, MAPPING_FIELDS, RECORD_FIELDS, RECORD_KINDS, SIGN_OFF_STATE_CHOICES } from '../schema';
import { ENTRY_HISTORY_FIELDS, MAPPING_HISTORY_FIELDS, historyFrom } from './history';
import type { VersionRow } from './history';
import { RECORD_SELECT, governanceFrom, recordFileNames } from './records';
import type { RecordRow } from './records';
import { APPROVERS_GROUP } from './groupName';
import { storeRecord } from './recordStore';
import { moveVersionsOn, sameVersions } from './signOffVersions';

type Json = Record<string, unknown>;

/**
 * Sign-off, reopening and history over SharePoint. Signed off is derived from
 * the records library (Members only read it), so no column a Member can edit
 * decides it; SharePoint's own permissions refuse a forged record.
 */
export class SpGovernanceService implements GovernanceService {
  private readonly context: DataContext;

  public constructor(context: DataContext) {
    this.context = context;
  }

  /** Starts reading a mapping's records and its Sign-off state column on `web` (batched by the caller, or its own batch). */
  private async readRows(mappingId: number, batched?: IWeb): Promise<{ rows: RecordRow[]; stateColumn: unknown }> {
    const read = (web: IWeb): Promise<[Settled<RecordRow[]>, Settled<Json>]> =>
      Promise.all([
        settle(
          this.context
            .list('records', web)
            .items.select(...RECORD_SELECT)
            .expand('Author')
            .filter(`${RECORD_FIELDS.mappingId} eq ${mappingId}`)
            .top(500)<RecordRow[]>()
        ),
        settle(this.context.list('mappings', web).items.getById(mappingId).select(MAPPING_FIELDS.signOffState)<Json>())
      ]);
    const parts = batched ? await read(batched) : await inBatch(this.context.sp, read);
    throwFirstFailure(parts);
    const [rows, mapping] = parts;
    return { rows: rows.value, stateColumn: mapping.value[MAPPING_FIELDS.signOffState] };
  }

  public async read(mappingId: number): Promise<MappingGovernance> {
    return withAppErrors(async () => {
      const { rows, stateColumn } = await this.readRows(mappingId);
      return governanceFrom(rows, stateColumn, this.context.timeZone);
    });
  }

  public async canSignOff(): Promise<boolean> {
    return withAppErrors(async () => {
      const web = this.context.sp.web;
      const [permissions, groups] = await inBatch(this.context.sp, (batched) =>
        Promise.all([batched.getCurrentUserEffectivePermissions(), batched.currentUser.groups.select('Title')<Json[]>()])
      );
      return web.hasPermissions(permissions, PermissionKind.ManageLists) || groups.some((group) => group.Title === APPROVERS_GROUP);
    });
  }

  public async setReady(mappingId: number, ready: boolean): Promise<void> {
    return withAppErrors(async () => {
      const value = ready ? SIGN_OFF_STATE_CHOICES.ready : SIGN_OFF_STATE_CHOICES.draft;
      await this.context.list('mappings').items.getById(mappingId).update({ [MAPPING_FIELDS.signOffState]: value });
    });
  }

  /**
   * Signs off in at most four requests after the caller built the document:
   * one batch reading the records, the mapping item and its entries, and the
 * site's review period; the .docx;
   * the JSON snapshot; one batch moving every entry's and the mapping item's
   * ETag on (If-Match on the versions just read) and setting both files'
   * columns. Refused (nothing stored) when the stored mapping differs from the
   * snapshot's versions, when someone saves in between, or when a second
   * approver gets there first. Moving the ETags on is what makes SharePoint
   * refuse a save prepared before the sign-off (412).
   */
  public async signOff(input: SignOffInput): Promise<GovernanceRecord> {
    const [records, mapping, settings] = await withAppErrors(() =>
      inBatch(this.context.sp, (web) =>
        Promise.all([this.readRows(input.mappingId, web), readMappingState(this.context, web, input.mappingId), readSiteSettings(this.context, web)])
      )
    );
    const current = governanceFrom(records.rows, records.stateColumn, this.context.timeZone);
    if (current.state === 'signedOff') {
      throw new AppError('conflict', { reason: 'alreadySignedOff' });
    }
    if (input.basedOn && !sameVersions(mapping, input.basedOn, this.context.timeZone)) {
      throw new AppError('conflict', { reason: 'changedSinceOpened' });
    }
    const sequence = current.records.filter((record) => record.kind === 'signedOff').length + 1;
    const names = recordFileNames(input.mappingId, sequence, 'signedOff');
    const signedOffAt = new Date();
    // The site's review period (Settings list; 12 months when it sets none), from the day of sign-off.
    const reviewDue = reviewDueDate(localToday(signedOffAt), settings.reviewPeriodMonths);
    const by = this.context.currentUser?.displayName ?? '';
    const columns = {
      [RECORD_FIELDS.team]: input.team,
      [RECORD_FIELDS.mappingId]: input.mappingId,
      [RECORD_FIELDS.framework]: input.frameworkTitle,
      [RECORD_FIELDS.frameworkVersion]: input.frameworkVersion,
      [RECORD_FIELDS.kind]: RECORD_KINDS.signedOff,
      [RECORD_FIELDS.signedOffBy]: by,
      [RECORD_FIELDS.signedOffAt]: signedOffAt.toISOString(),
      [RECORD_FIELDS.note]: input.note,
      [RECORD_FIELDS.reviewDue]: dateValue(reviewDue, this.context.timeZone)
    };
    const snapshot = JSON.stringify({ kind: 'signedOff', signedOffAt: signedOffAt.toISOString(), note: input.note, reviewDue, snapshot: input.snapshot }, null, 2);
    // The snapshot goes last: it is the record, so it exists only if the document made it first.
    const files = [
      { name: names.document, content: input.document },
      { name: names.snapshot, content: new TextEncoder().encode(snapshot) }
    ];
    const urls = await storeRecord(this.context, files, columns, 'signOff', (web) => moveVersionsOn(this.context, web, input.mappingId, mapping));
    return { kind: 'signedOff', by, at: signedOffAt.toISOString(), note: input.note, reviewDue, fileUrl: urls[1], documentUrl: urls[0] };
  }

  public async reopen(mappingId: number, reason: string): Promise<GovernanceRecord> {
    const current = await this.read(mappingId);
    if (current.state !== 'signedOff') {
      throw new AppError('conflict', { reason: 'notSignedOff' });
    }
    const sequence = current.records.filter((record) => record.kind === 'reopened').length + 1;
    const names = recordFileNames(mappingId, sequence, 'reopened');
    const at = new Date();
    const columns = {
      [RECORD_FIELDS.mappingId]: mappingId,
      [RECORD_FIELDS.kind]: RECORD_KINDS.reopened,
      [RECORD_FIELDS.signedOffBy]: this.context.currentUser?.displayName ?? '',
      [RECORD_FIELDS.signedOffAt]: at.toISOString(),
      [RECORD_FIELDS.note]: reason
    };
    const content = new TextEncoder().encode(JSON.stringify({ kind: 'reopened', at: at.toISOString(), reason, mappingId }, null, 2));
    // The mapping goes back to Draft in the same batch as the record's columns.
    const [url] = await storeRecord(this.context, [{ name: names.snapshot, content }], columns, 'reopen', (web) => [
      settle(this.context.list('mappings', web).items.getById(mappingId).update({ [MAPPING_FIELDS.signOffState]: SIGN_OFF_STATE_CHOICES.draft }))
    ]);
    return { kind: 'reopened', by: this.context.currentUser?.displayName ?? '', at: at.toISOString(), note: reason, fileUrl: url };
  }

  public async dutyHistory(mappingId: number, dutyId: string): Promise<HistoryEntry[]> {
    return withAppErrors(async () => {
      let itemId = this.context.mappings.get(mappingId)?.itemIds.get(dutyId);
      if (itemId === undefined) {
        const rows = await this.context
          .list('entries')
          .items.select('ID')
          .filter(`${ENTRY_FIELDS.mappingId} eq ${mappingId} and ${ENTRY_FIELDS.dutyId} eq '${dutyId.replace(/'/g, "''")}'`)
          .top(1)<Json[]>();
        itemId = rows.length > 0 ? Number(rows[0].ID) : undefined;
      }
      if (itemId === undefined) {
        return [];
      }
      const versions = await this.context.list('entries').items.getById(itemId).versions<VersionRow[]>();
      return historyFrom(versions, ENTRY_HISTORY_FIELDS, this.context.timeZone);
    });
  }

  public async mappingHistory(mappingId: number): Promise<HistoryEntry[]> {
    return withAppErrors(async () => {
      const versions = await this.context.list('mappings').items.getById(mappingId).versions<VersionRow[]>();
      return historyFrom(versions, MAPPING_HISTORY_FIELDS, this.context.timeZone);
    });
  }
}
