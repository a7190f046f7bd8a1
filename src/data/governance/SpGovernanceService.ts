import '../client/pnp';
import { PermissionKind } from '@pnp/sp/security';
import { spPostMerge } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { AppError } from '../../services/errors';
import type { GovernanceRecord, GovernanceService, HistoryEntry, MappingGovernance, SignOffInput } from '../../services/governance';
import { inBatch, settle } from '../client/batch';
import { httpStatus, toAppError, withAppErrors } from '../errors';
import type { DataContext } from '../repositories/context';
import { ENTRY_FIELDS, MAPPING_FIELDS, RECORD_FIELDS, RECORD_KINDS, SIGN_OFF_STATE_CHOICES } from '../schema';
import { ENTRY_HISTORY_FIELDS, MAPPING_HISTORY_FIELDS, historyFrom } from './history';
import type { VersionRow } from './history';
import { RECORD_SELECT, governanceFrom, recordFileNames, reviewDueFrom } from './records';
import type { RecordRow } from './records';
import { APPROVERS_GROUP } from './groupName';


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

  private records(): ReturnType<DataContext['list']> {
    return this.context.list('records');
  }

  private async readRows(mappingId: number): Promise<{ rows: RecordRow[]; stateColumn: unknown }> {
    const [rows, mapping] = await inBatch(this.context.sp, (web) =>
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
      ])
    );
    if (!rows.ok) {
      throw rows.error;
    }
    if (!mapping.ok) {
      throw mapping.error;
    }
    return { rows: rows.value, stateColumn: mapping.value[MAPPING_FIELDS.signOffState] };
  }

  public async read(mappingId: number): Promise<MappingGovernance> {
    return withAppErrors(async () => {
      const { rows, stateColumn } = await this.readRows(mappingId);
      return governanceFrom(rows, stateColumn);
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
   * Stores the record in at most three requests after the caller built the
   * document (plus one read of the mapping's records): the .docx, the JSON
   * snapshot, then one batch setting both files' columns. Both names carry the
   * next sign-off number and are never overwritten, so a second approver
   * signing at the same moment collides and gets a conflict. Anything that
   * fails leaves the mapping not signed off; files already added are removed.
   */
  public async signOff(input: SignOffInput): Promise<GovernanceRecord> {
    const current = await this.read(input.mappingId);
    if (current.state === 'signedOff') {
      throw new AppError('conflict', `This mapping was signed off by ${current.signedOff?.by ?? 'someone else'} already. Reload to see the record.`);
    }
    const sequence = current.records.filter((record) => record.kind === 'signedOff').length + 1;
    const names = recordFileNames(input.mappingId, sequence, 'signedOff');
    const signedOffAt = new Date();
    const reviewDue = reviewDueFrom(signedOffAt, input.reviewPeriodMonths);
    const columns = {
      [RECORD_FIELDS.team]: input.team,
      [RECORD_FIELDS.mappingId]: input.mappingId,
      [RECORD_FIELDS.framework]: input.frameworkTitle,
      [RECORD_FIELDS.frameworkVersion]: input.frameworkVersion,
      [RECORD_FIELDS.kind]: RECORD_KINDS.signedOff,
      [RECORD_FIELDS.signedOffBy]: this.context.currentUser?.displayName ?? '',
      [RECORD_FIELDS.signedOffAt]: signedOffAt.toISOString(),
      [RECORD_FIELDS.note]: input.note,
      [RECORD_FIELDS.reviewDue]: reviewDue
    };
    const snapshot = JSON.stringify({ kind: 'signedOff', signedOffAt: signedOffAt.toISOString(), note: input.note, reviewDue, snapshot: input.snapshot }, null, 2);
    // The snapshot goes last: it is the record, so it exists only if the document made it first.
    const files = [
      { name: names.document, content: input.document },
      { name: names.snapshot, content: new TextEncoder().encode(snapshot) }
    ];
    const urls = await this.storeRecord(files, columns, 'sign off');
    return {
      kind: 'signedOff',
      by: this.context.currentUser?.displayName ?? '',
      at: signedOffAt.toISOString(),
      note: input.note,
      reviewDue,
      fileUrl: urls[1],
      documentUrl: urls[0]
    };
  }

  public async reopen(mappingId: number, reason: string): Promise<GovernanceRecord> {
    const current = await this.read(mappingId);
    if (current.state !== 'signedOff') {
      throw new AppError('conflict', 'This mapping is not signed off any more: someone has reopened it already.');
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
    const [url] = await this.storeRecord([{ name: names.snapshot, content }], columns, 'reopen', mappingId);
    return { kind: 'reopened', by: this.context.currentUser?.displayName ?? '', at: at.toISOString(), note: reason, fileUrl: url };
  }

  /**
   * Uploads the files (never overwriting), then sets their columns in one batch
   * (and, for a reopening, puts the mapping back to Draft in the same batch).
   * On any failure the files added so far are deleted and the error says
   * nothing was recorded.
   */
  private async storeRecord(files: Array<{ name: string; content: Uint8Array }>, columns: Json, action: string, draftMappingId?: number): Promise<string[]> {
    const added: string[] = [];
    try {
      for (const file of files) {
        const result = await this.records().rootFolder.files.addUsingPath(file.name, file.content, { Overwrite: false });
        added.push(result.ServerRelativeUrl);
      }
      const results = await inBatch(this.context.sp, (web) =>
        Promise.all([
          ...added.map((url) => settle(spPostMerge(web.getFileByServerRelativePath(url).listItemAllFields, body(columns)))),
          ...(draftMappingId === undefined
            ? []
            : [settle(this.context.list('mappings', web).items.getById(draftMappingId).update({ [MAPPING_FIELDS.signOffState]: SIGN_OFF_STATE_CHOICES.draft }))])
        ])
      );
      const failed = results.find((result) => !result.ok);
      if (failed && !failed.ok) {
        throw failed.error;
      }
      return added;
    } catch (error) {
      await this.removeQuietly(added);
      const status = httpStatus(error);
      if (status === 400 && added.length === 0) {
        throw new AppError('conflict', `Someone else has just signed off or reopened this mapping, so your ${action} was not recorded. Reload to see the record.`, { status, cause: error });
      }
      const cause = toAppError(error);
      throw new AppError(cause.kind, `The mapping was not ${action === 'sign off' ? 'signed off' : 'reopened'}: the record could not be stored. ${cause.message}`, {
        status: cause.status,
        retryAfterSeconds: cause.retryAfterSeconds,
        cause: error
      });
    }
  }

  private async removeQuietly(urls: string[]): Promise<void> {
    for (const url of urls) {
      try {
        await this.context.sp.web.getFileByServerRelativePath(url).delete();
      } catch {
        // A file that stays without its columns counts for nothing (see governanceFrom).
      }
    }
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
      return historyFrom(versions, ENTRY_HISTORY_FIELDS);
    });
  }

  public async mappingHistory(mappingId: number): Promise<HistoryEntry[]> {
    return withAppErrors(async () => {
      const versions = await this.context.list('mappings').items.getById(mappingId).versions<VersionRow[]>();
      return historyFrom(versions, MAPPING_HISTORY_FIELDS);
    });
  }
}
