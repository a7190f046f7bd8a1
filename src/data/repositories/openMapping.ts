import type { Mapping } from '../../model';
import type { OpenedMapping } from '../../services/types';
import { inBatch, settle } from '../client/batch';
import { toAppError } from '../errors';
import { personFromUser } from './context';
import type { DataContext } from './context';
import { entryEtags, indexEntries, readEntryRows, readMappingRow, rememberMapping } from './entryQueries';
import { headerToken } from './headerToken';
import { headerFromRow } from './mappingRows';
import { text } from './rows';
import type { SpFrameworkStore } from './SpFrameworkStore';

/**
 * Opens a mapping: the mapping item, its entries (by the indexed mapping id)
 * and who is signed in go in one batch; the framework version it uses follows
 * in a second request unless this session already has it. So at most two
 * requests after the form digest.
 *
 * @param context - Data context.
 * @param frameworks - Framework store, for the mapping's framework version.
 * @param id - Mapping item id.
 * @returns The mapping with its framework and the tokens needed to save it.
 */
export async function openMapping(context: DataContext, frameworks: SpFrameworkStore, id: number): Promise<OpenedMapping> {
  const needUser = context.currentUser === undefined;
  const [mapping, entries, user] = await inBatch(context.sp, (web) =>
    Promise.all([
      settle(readMappingRow(context, web, id)),
      settle(readEntryRows(context, web, id)),
      needUser ? settle(web.currentUser.select('Id', 'LoginName', 'Title', 'Email')()) : Promise.resolve(undefined)
    ])
  );
  if (!mapping.ok) {
    throw toAppError(mapping.error);
  }
  if (!entries.ok) {
    throw toAppError(entries.error);
  }
  if (user?.ok) {
    context.currentUser = personFromUser(user.value);
  }
  const stored = headerFromRow(mapping.value);
  const { framework, fallback } = await frameworks.getVersionForMapping(stored.header.frameworkId, stored.header.frameworkVersion);
  const indexed = indexEntries(entries.value);
  rememberMapping(context, id, indexed, stored.header.team, framework);
  const result: Mapping = {
    id,
    header: stored.header,
    areaComments: stored.areaComments,
    entries: indexed.entries,
    modified: text(mapping.value, 'Modified') || undefined
  };
  const opened: OpenedMapping = { mapping: result, framework, headerEtag: headerToken(stored), entryEtags: entryEtags(indexed) };
  if (fallback) {
    opened.frameworkFallback = fallback;
  }
  return opened;
}
