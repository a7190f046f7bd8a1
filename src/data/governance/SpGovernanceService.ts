import '../toolkit/pnp';
import { AppError } from '../../services/errors';
import type { GovernanceRecord, GovernanceService, HistoryEntry, MappingGovernance, SignOffInput } from '../../services/governance';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import { withAppErrors } from '../toolkit/errors';
import { USER_SELECT, personFromUser, presentFields, presentValues } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { headerFromRow } from '../mappings/mappingRows';
import { readMappingState } from '../mappings/readMapping';
import { dateValue } from '../toolkit/rows';
import { readSiteSettings } from '../settings/siteSettings';
import { localToday, reviewDueDate } from '../../model';
import { ENTRY_FIELDS, MAPPING_FIELDS, RECORD_FIELDS, RECORD_KINDS, SIGN_OFF_STATE_CHOICES } from '../schema';
import { ENTRY_HISTORY_FIELDS, MAPPING_HISTORY_FIELDS, historyFrom } from './history';
import type { VersionRow } from './history';
import { sha256Hex } from './recordHash';
import { checkRecord, recordJson } from './recordJson';
import { deletedEntryChanges } from './changesAfterSignOff';
import { governanceFrom, nextRecordNumber, recordFileNames } from './records';
import type { RecordRow } from './records';
import { storeRecord } from './recordStore';
import type { NumberedRecord } from './recordStore';
import { latestRemembered, readCanSignOff, readRecordRows, reviewGovernance } from './review';
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

  /**
   * Reads a mapping's records and its item (state column, remembered record number) in one batch,
   * and who is signed in when this session does not know yet and `withUser` asks for it (a record
   * names who made it).
   */
  private async readBasics(mappingId: number, withUser = false): Promise<{ rows: RecordRow[]; row: Json }> {
    const needUser = withUser && this.context.currentUser === undefined;
    const [rows, row, user] = await inBatch(this.context.sp, (web) =>
      Promise.all([
        readRecordRows(this.context, web, mappingId),
        settle(this.context.list('mappings', web).items.getById(mappingId).select(...presentFields(this.context, [MAPPING_FIELDS.signOffState, MAPPING_FIELDS.latestRecord]))<Json>()),
        needUser ? settle(web.currentUser.select(...USER_SELECT)()) : Promise.resolve(undefined)
      ])
    );
    const parts = [rows, row] as const;
    throwFirstFailure(parts);
    if (user !== undefined) {
      if (!user.ok) {
        throw user.error;
      }
      this.context.currentUser = personFromUser(user.value);
    }
    return { rows: parts[0].value, row: parts[1].value };
  }

  /**
   * The mapping's state and records, the latest record checked in full and,
   * when signed off, what changed since: one batch, then the record's JSON.
   */
  public async read(mappingId: number): Promise<MappingGovernance> {
    return withAppErrors(async () => {
      const [rows, mapping] = await inBatch(this.context.sp, (web) => Promise.all([readRecordRows(this.context, web, mappingId), settle(readMappingState(this.context, web, mappingId))]));
      const parts = [rows, mapping] as const;
      throwFirstFailure(parts);
      return reviewGovernance(this.context, mappingId, parts[0].value, parts[1].value.row, parts[1].value.stored);
    });
  }

  /**
   * Whether the signed-in person may sign off, as SharePoint would let them:
   * they can add items to the records library, and that library has its own
   * permissions (while it inherits the site's, every Member could add a
   * record, so nobody signs off until an Owner runs "Update this site", which
   * the site check offers them). One batch reads the person's permissions on
   * the web and on the library; an Owner's session already knows whether the
   * library inherits from its site check (read once more only if not). For
   * anyone else the library's own permissions show in the masks: inheriting,
   * the library's mask equals the web's; with its own, a Member or approver
   * holds Read or Contribute there but Edit (or Limited Access) on the web.
   *
   * @returns True when a sign-off would be stored and would hold.
   */
  public async canSignOff(): Promise<boolean> {
    return withAppErrors(async () => {
      const [may] = await inBatch(this.context.sp, (web) => Promise.all([readCanSignOff(this.context, web)]));
      if (!may.ok) {
        throw may.error;
      }
      return may.value;
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
   * site's review period; the .docx; the JSON record; one batch moving every
   * entry's and the mapping item's ETag on (If-Match on the versions just
   * read; the item also remembers the record's number) and setting both
   * files' columns. The JSON holds the mapping as stored (what later changes
   * are compared with) and the SHA-256 of itself and of the document, as do
   * the columns. Refused (nothing stored) when the stored mapping differs
   * from the snapshot's versions, when someone saves in between, or when a
   * second approver gets there first; files a half-done sign-off left are
   * skipped, never overwritten.
   */
  public async signOff(input: SignOffInput): Promise<GovernanceRecord> {
    const [records, mapping, settings] = await withAppErrors(async () => {
      const parts = await inBatch(this.context.sp, (web) =>
        Promise.all([readRecordRows(this.context, web, input.mappingId), settle(readMappingState(this.context, web, input.mappingId, true)), settle(readSiteSettings(this.context, web))])
      );
      throwFirstFailure(parts);
      return [parts[0].value, parts[1].value, parts[2].value] as const;
    });
    const remembered = latestRemembered(mapping.row);
    const current = governanceFrom(records, mapping.row[MAPPING_FIELDS.signOffState], input.mappingId, remembered, this.context.timeZone);
    if (current.state === 'signedOff') {
      throw new AppError('conflict', { reason: 'alreadySignedOff' });
    }
    if (input.basedOn && !sameVersions(mapping, input.basedOn, this.context.timeZone)) {
      throw new AppError('conflict', { reason: 'changedSinceOpened' });
    }
    const signedOffAt = new Date();
    // The site's review period (Settings list; 12 months when it sets none), from the day of sign-off.
    const reviewDue = reviewDueDate(localToday(signedOffAt), settings.reviewPeriodMonths);
    const by = this.context.currentUser?.displayName ?? '';
    const documentSha256 = await sha256Hex(input.document);
    const { header, areaComments } = headerFromRow(mapping.row, this.context.timeZone);
    const stored = { header, areaComments, entries: mapping.stored.entries };
    const make = async (number: number): Promise<NumberedRecord> => {
      const names = recordFileNames(input.mappingId, number, 'signedOff');
      const json = await recordJson({
        kind: 'signedOff',
        mappingId: input.mappingId,
        number,
        by,
        at: signedOffAt.toISOString(),
        note: input.note,
        reviewDue,
        documentSha256,
        stored,
        snapshot: input.snapshot
      });
      const columns = presentValues(this.context, {
        [RECORD_FIELDS.team]: input.team,
        [RECORD_FIELDS.mappingId]: input.mappingId,
        [RECORD_FIELDS.framework]: input.frameworkTitle,
        [RECORD_FIELDS.frameworkVersion]: input.frameworkVersion,
        [RECORD_FIELDS.kind]: RECORD_KINDS.signedOff,
        [RECORD_FIELDS.signedOffBy]: by,
        [RECORD_FIELDS.signedOffAt]: signedOffAt.toISOString(),
        [RECORD_FIELDS.note]: input.note,
        [RECORD_FIELDS.reviewDue]: dateValue(reviewDue, this.context.timeZone),
        [RECORD_FIELDS.documentSha256]: documentSha256,
        [RECORD_FIELDS.snapshotSha256]: json.sha256
      } as Record<string, unknown>);
      // The JSON goes last: it is the record, so it exists only if the document made it first.
      return {
        files: [
          { name: names.document, content: input.document },
          { name: names.snapshot, content: new TextEncoder().encode(json.text) }
        ],
        columns
      };
    };
    const { number, urls } = await storeRecord(this.context, nextRecordNumber(records, input.mappingId, remembered), make, (web, n) =>
      moveVersionsOn(this.context, web, input.mappingId, mapping, presentValues(this.context, { [MAPPING_FIELDS.latestRecord]: n } as Record<string, unknown>))
    );
    return { kind: 'signedOff', by, at: signedOffAt.toISOString(), note: input.note, reviewDue, fileUrl: urls[1], documentUrl: urls[0], number, integrity: { kind: 'intact' } };
  }

  public async reopen(mappingId: number, reason: string): Promise<GovernanceRecord> {
    const { rows, row } = await withAppErrors(() => this.readBasics(mappingId, true));
    const remembered = latestRemembered(row);
    const current = governanceFrom(rows, row[MAPPING_FIELDS.signOffState], mappingId, remembered, this.context.timeZone);
    // A record to check (changed, damaged or missing) is settled by reopening too.
    if (current.state !== 'signedOff' && current.state !== 'needsChecking') {
      throw new AppError('conflict', { reason: 'notSignedOff' });
    }
    const at = new Date();
    const by = this.context.currentUser?.displayName ?? '';
    const make = async (number: number): Promise<NumberedRecord> => {
      const names = recordFileNames(mappingId, number, 'reopened');
      const json = await recordJson({ kind: 'reopened', mappingId, number, by, at: at.toISOString(), note: reason });
      const columns = presentValues(this.context, {
        [RECORD_FIELDS.mappingId]: mappingId,
        [RECORD_FIELDS.kind]: RECORD_KINDS.reopened,
        [RECORD_FIELDS.signedOffBy]: by,
        [RECORD_FIELDS.signedOffAt]: at.toISOString(),
        [RECORD_FIELDS.note]: reason,
        [RECORD_FIELDS.snapshotSha256]: json.sha256
      } as Record<string, unknown>);
      return { files: [{ name: names.snapshot, content: new TextEncoder().encode(json.text) }], columns };
    };
    // The mapping goes back to Draft, and remembers the record, in the same batch as the record's columns.
    const { number, urls } = await storeRecord(this.context, nextRecordNumber(rows, mappingId, remembered), make, (web, n) => [
      settle(
        this.context
          .list('mappings', web)
          .items.getById(mappingId)
          .update(presentValues(this.context, { [MAPPING_FIELDS.signOffState]: SIGN_OFF_STATE_CHOICES.draft, [MAPPING_FIELDS.latestRecord]: n } as Record<string, unknown>))
      )
    ]);
    return { kind: 'reopened', by, at: at.toISOString(), note: reason, fileUrl: urls[0], number, integrity: { kind: 'intact' } };
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
        return this.deletedEntryHistory(mappingId, dutyId);
      }
      const versions = await this.context.list('entries').items.getById(itemId).versions<VersionRow[]>();
      return historyFrom(versions, ENTRY_HISTORY_FIELDS, this.context.timeZone);
    });
  }

  /**
   * A duty whose entry no longer exists: when the latest sign-off record holds
   * it, the entry as signed off, marked deleted after sign-off (SharePoint
   * keeps who deleted it only in the recycle bin). Two requests.
   */
  private async deletedEntryHistory(mappingId: number, dutyId: string): Promise<HistoryEntry[]> {
    const { rows, row } = await this.readBasics(mappingId);
    const governance = governanceFrom(rows, row[MAPPING_FIELDS.signOffState], mappingId, latestRemembered(row));
    const signed = governance.records.find((record) => record.kind === 'signedOff');
    if (!signed) {
      return [];
    }
    const recordRow = rows.find((candidate) => candidate.FileRef === signed.fileUrl) ?? {};
    const checked = await checkRecord(recordRow, await this.context.sp.web.getFileByServerRelativePath(signed.fileUrl).getText(), mappingId);
    const entry = checked.payload?.stored?.entries.find((candidate) => candidate.dutyId === dutyId);
    if (!entry) {
      return [];
    }
    return [{ version: 'deleted', by: '', at: typeof recordRow.Modified === 'string' ? recordRow.Modified : signed.at, changes: deletedEntryChanges(entry), deletedAfterSignOff: true }];
  }

  public async mappingHistory(mappingId: number): Promise<HistoryEntry[]> {
    return withAppErrors(async () => {
      const versions = await this.context.list('mappings').items.getById(mappingId).versions<VersionRow[]>();
      return historyFrom(versions, MAPPING_HISTORY_FIELDS, this.context.timeZone);
    });
  }
}
