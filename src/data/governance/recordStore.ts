import { spPostMerge } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { AppError } from '../../services/errors';
import { inBatch, settle } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import { toAppError } from '../../services/toAppError';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import { RECORD_FIELDS } from '../schema';

type Json = Record<string, unknown>;

/** One file of a record: its name in the library and its bytes. */
export interface RecordFile {
  name: string;
  content: Uint8Array;
}

/** A record made for a given number: its files (the JSON, which is the record, last) and its columns. */
export interface NumberedRecord {
  files: RecordFile[];
  columns: Json;
}

/**
 * Writes that must succeed in the same batch as the record's columns, started
 * before them (the ETag moves of a sign-off, the Draft of a reopening, and the
 * mapping item's latest record number).
 */
export type AlongsideWrites = (web: IWeb, number: number) => Array<Promise<Settled<unknown>>>;

/** A file with no columns that someone else uploaded this recently may still be on its way to being a record. */
const IN_FLIGHT_MS = 60 * 1000;
/** Half-done records skipped at most, one number each, before giving up. */
const MAX_SKIPS = 5;

/** Nothing was recorded: a race with another person, or the request's own failure (its kind says which). */
function notRecorded(error: unknown, raced: boolean): AppError {
  return raced ? new AppError('conflict', { reason: 'recordRace', status: httpStatus(error), cause: error }) : toAppError(error);
}

/**
 * Makes files this attempt added count for nothing: deleted where the caller
 * may (Owners), otherwise their kind cleared, so they are files without
 * columns, which every reader ignores (approvers may not delete records).
 */
async function voidQuietly(context: DataContext, urls: string[]): Promise<void> {
  for (const url of urls) {
    const file = context.sp.web.getFileByServerRelativePath(url);
    try {
      await file.delete();
    } catch {
      try {
        await spPostMerge(file.listItemAllFields, body({ [RECORD_FIELDS.kind]: null, [RECORD_FIELDS.mappingId]: null }));
      } catch {
        // Left as it is: its number is above what the mapping remembers, and the next record skips it.
      }
    }
  }
}

/**
 * Whether the file already at a record's name is what a half-done record left
 * (no columns, and not someone else's upload of the last minute): then the
 * number is skipped, never overwritten.
 */
async function leftBehind(context: DataContext, library: ReturnType<DataContext['list']>, name: string): Promise<boolean> {
  const url = `${(await library.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()).ServerRelativeUrl}/${name}`;
  const item = await context.sp.web.getFileByServerRelativePath(url).listItemAllFields.select(RECORD_FIELDS.mappingId, 'AuthorId', 'Created')<Json>();
  // The kind column has a default, so a bare upload has one: the mapping id is what the app's columns add.
  const mappingId = item[RECORD_FIELDS.mappingId];
  if (mappingId !== null && mappingId !== undefined && mappingId !== '') {
    return false;
  }
  const mine = context.currentUser?.id !== undefined && Number(item.AuthorId) === context.currentUser.id;
  const created = Date.parse(typeof item.Created === 'string' ? item.Created : '');
  return mine || !Number.isFinite(created) || Date.now() - created > IN_FLIGHT_MS;
}

async function upload(context: DataContext, first: number, make: (number: number) => Promise<NumberedRecord>): Promise<{ number: number; record: NumberedRecord; added: string[] }> {
  const library = context.list('records');
  for (let number = first; number < first + MAX_SKIPS; number += 1) {
    const record = await make(number);
    const added: string[] = [];
    let collided: string | undefined;
    try {
      for (const file of record.files) {
        const result = await library.rootFolder.files.addUsingPath(file.name, file.content, { Overwrite: false });
        added.push(result.ServerRelativeUrl);
      }
      return { number, record, added };
    } catch (error) {
      await voidQuietly(context, added);
      // An existing name (400): another person's record of the same number, or what a half-done one left.
      if (httpStatus(error) !== 400) {
        throw notRecorded(error, false);
      }
      collided = record.files[added.length].name;
      let skip = false;
      try {
        skip = await leftBehind(context, library, collided);
      } catch {
        skip = false;
      }
      if (!skip) {
        throw notRecorded(error, true);
      }
    }
  }
  throw new AppError('conflict', { reason: 'recordRace' });
}

/**
 * Uploads the record's files under the next free number (never overwriting: a
 * file that a half-done record left without columns makes it skip to the next
 * number; one that is a record, or someone else's upload in progress, is a
 * race), then in one batch makes the `alongside` writes and sets the files'
 * columns; the columns are what make the files a record. When an alongside
 * write fails (someone saved, or another approver got there first) the files
 * are made to count for nothing and the error says nothing was recorded; when
 * only the columns failed they are written once more.
 *
 * @param context - Data context.
 * @param first - The number to try first.
 * @param make - Builds the record for a number.
 * @param alongside - Writes that must succeed with it.
 * @returns The number used and the server-relative URLs of the files, in order.
 */
export async function storeRecord(
  context: DataContext,
  first: number,
  make: (number: number) => Promise<NumberedRecord>,
  alongside: AlongsideWrites
): Promise<{ number: number; urls: string[] }> {
  const { number, record, added } = await upload(context, first, make);
  const setColumns = (web: IWeb): Array<Promise<Settled<unknown>>> =>
    added.map((url) => settle(spPostMerge(web.getFileByServerRelativePath(url).listItemAllFields, body(record.columns))));
  let parts: [Array<Settled<unknown>>, Array<Settled<unknown>>];
  try {
    parts = await inBatch(context.sp, (web) => Promise.all([Promise.all(alongside(web, number)), Promise.all(setColumns(web))]));
  } catch (error) {
    // The batch failed as a whole (no reply for its parts): SharePoint may or may not have run it, so
    // the files stay as they are. Without columns they count for nothing and the next record skips
    // their number; with columns (a lost reply) they are the record, as the next read shows.
    throw toAppError(error);
  }
  const [before, metadata] = parts;
  const refused = before.find((result) => !result.ok);
  if (refused && !refused.ok) {
    await voidQuietly(context, added);
    throw notRecorded(refused.error, httpStatus(refused.error) === 412);
  }
  if (metadata.some((result) => !result.ok)) {
    const again = await inBatch(context.sp, (web) => Promise.all(setColumns(web)));
    const failed = again.find((result) => !result.ok);
    if (failed && !failed.ok) {
      // The mapping now remembers this number: it shows as a record to check until the next record replaces it.
      throw toAppError(failed.error);
    }
  }
  return { number, urls: added };
}
