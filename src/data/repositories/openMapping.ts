import type { Mapping } from '../../model';
import type { OpenedMapping } from '../../services/types';
import type { DataContext } from './context';
import { entryEtags, entryHistory, rememberMapping } from './entryQueries';
import { headerToken } from './headerToken';
import { headerFromRow } from './mappingRows';
import { readMappingWithEntries } from './readMapping';
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
  const { row, stored: indexed } = await readMappingWithEntries(context, id, true);
  const stored = headerFromRow(row);
  const { framework, fallback } = await frameworks.getVersionForMapping(stored.header.frameworkId, stored.header.frameworkVersion);
  rememberMapping(context, id, indexed, stored.header.team, framework);
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
  if (fallback) {
    opened.frameworkFallback = fallback;
  }
  return opened;
}
