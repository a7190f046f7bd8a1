import type { IWeb } from '../toolkit/pnp';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import { RECORD_FIELDS } from '../schema';
import { RECORD_EXPAND, RECORD_SELECT, governanceFrom } from './records';
import type { RecordRow } from './records';

/** A sign-off adds two files and a reopening one: the newest few always hold the latest record. */
const NEWEST_RECORDS = 10;

/**
 * Whether a mapping is signed off, from its newest records (the library Members
 * only read). Started on a batched web, it joins a save's batch at no extra
 * request. A site whose records library does not exist yet (set up before
 * sign-off existed) has nothing signed off.
 *
 * @param context - Data context.
 * @param web - The web, batched or not.
 * @param mappingId - The mapping.
 * @returns True when its latest record is a sign-off, or a record to check
 *   (changed, damaged): an Owner settles that before anyone edits again.
 */
export async function readSignedOff(context: DataContext, web: IWeb, mappingId: number): Promise<boolean> {
  try {
    const rows = await context
      .list('records', web)
      .items.select(...RECORD_SELECT.filter((name) => !context.missingFields.has(name)))
      .expand(...RECORD_EXPAND)
      .filter(`${RECORD_FIELDS.mappingId} eq ${mappingId}`)
      .orderBy('ID', false)
      .top(NEWEST_RECORDS)<RecordRow[]>();
    const state = governanceFrom(rows, undefined, mappingId, undefined, context.timeZone).state;
    return state === 'signedOff' || state === 'needsChecking';
  } catch (error) {
    if (httpStatus(error) === 404) {
      return false;
    }
    throw error;
  }
}
