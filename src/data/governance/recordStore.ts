import { spPostMerge } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { AppError } from '../../services/errors';
import { inBatch, settle } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import { toAppError } from '../../services/toAppError';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';

type Json = Record<string, unknown>;

/** One file of a record: its name in the library and its bytes. */
export interface RecordFile {
  name: string;
  content: Uint8Array;
}

/** What a record is of, for the failure's wording. */
export type RecordAction = 'signOff' | 'reopen';

/**
 * Writes that must succeed in the same batch as the record's columns, started
 * before them (the ETag moves of a sign-off, the Draft of a reopening).
 */
export type AlongsideWrites = (web: IWeb) => Array<Promise<Settled<unknown>>>;

async function removeQuietly(context: DataContext, urls: string[]): Promise<void> {
  for (const url of urls) {
    try {
      await context.sp.web.getFileByServerRelativePath(url).delete();
    } catch {
      // A file that stays without its columns counts for nothing (see governanceFrom).
    }
  }
}

/** Nothing was recorded: a race with another person, or the request's own failure (its kind says which). */
function notRecorded(error: unknown, raced: boolean): AppError {
  return raced ? new AppError('conflict', { reason: 'recordRace', status: httpStatus(error), cause: error }) : toAppError(error);
}

/**
 * Uploads the files (never overwriting: numbered names collide when two people
 * record at once), then in one batch makes the `alongside` writes and sets the
 * files' columns; the columns are what make the files a record. On any
 * failure the files added so far are deleted and the error says nothing was
 * recorded.
 *
 * @param context - Data context.
 * @param files - The record's files, the one that is the record (JSON) last.
 * @param columns - The record's columns, set on every file.
 * @param action - What is being recorded.
 * @param alongside - Writes that must succeed with it.
 * @returns Server-relative URLs of the files, in order.
 */
export async function storeRecord(context: DataContext, files: RecordFile[], columns: Json, action: RecordAction, alongside: AlongsideWrites): Promise<string[]> {
  const added: string[] = [];
  const library = context.list('records');
  try {
    for (const file of files) {
      const result = await library.rootFolder.files.addUsingPath(file.name, file.content, { Overwrite: false });
      added.push(result.ServerRelativeUrl);
    }
  } catch (error) {
    await removeQuietly(context, added);
    // An existing name (400) means another person's record of the same number got there first.
    throw notRecorded(error, httpStatus(error) === 400 && added.length === 0);
  }
  const [before, metadata] = await inBatch(context.sp, (web) =>
    Promise.all([Promise.all(alongside(web)), Promise.all(added.map((url) => settle(spPostMerge(web.getFileByServerRelativePath(url).listItemAllFields, body(columns)))))])
  );
  const failed = [...before, ...metadata].find((result) => !result.ok);
  if (failed && !failed.ok) {
    await removeQuietly(context, added);
    throw notRecorded(failed.error, httpStatus(failed.error) === 412);
  }
  return added;
}
