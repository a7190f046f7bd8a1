import type { ActionSource, JdCitation } from '../../services/overview';
import { MAX_BATCH_REQUESTS, inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import { ENTRY_FIELDS as F, foundInFromChoice } from '../schema';
import type { DataContext } from '../toolkit/context';
import { odataNumber } from '../toolkit/odata';
import { MAX_PAGE } from '../toolkit/pages';
import { text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';

const COVERAGE_SELECT = ['ID', F.mappingId, F.dutyId, F.foundIn, F.reference];

/** How one read of the coverage is bounded. */
export interface CoverageLimits {
  /**
   * Entries one read may match: under the 5,000 threshold with room for a
   * mapping holding more entries than its stored duty count says (a duty
   * saved twice), so the read is never refused and one page holds it all.
   */
  entriesPerRead: number;
  /**
   * Characters of one read's $filter: SharePoint Online refuses URLs past
   * about 2,000 characters, inside a $batch as outside, so each read stays
   * well short whatever the mapping ids' length.
   */
  filterChars: number;
}

export const COVERAGE_LIMITS: CoverageLimits = { entriesPerRead: 4000, filterChars: 1200 };

function clauseFor(mappingId: number): string {
  return `${F.mappingId} eq ${odataNumber(mappingId)}`;
}

/**
 * Splits the mappings into reads each under both limits.
 *
 * @param mappings - Ids and duty counts.
 * @param limits - Entries and filter length per read.
 * @returns The $filter of each read, on the indexed mapping id alone.
 */
export function coverageFilters(mappings: readonly ActionSource[], limits: CoverageLimits = COVERAGE_LIMITS): string[] {
  const filters: string[] = [];
  let clauses: string[] = [];
  let entries = 0;
  let chars = 0;
  for (const mapping of mappings) {
    const clause = clauseFor(mapping.id);
    const size = Math.max(1, mapping.dutyCount);
    if (clauses.length > 0 && (entries + size > limits.entriesPerRead || chars + clause.length + 4 > limits.filterChars)) {
      filters.push(clauses.join(' or '));
      clauses = [];
      entries = 0;
      chars = 0;
    }
    clauses.push(clause);
    entries += size;
    chars += clause.length + 4;
  }
  if (clauses.length > 0) {
    filters.push(clauses.join(' or '));
  }
  return filters;
}

function citationFromRow(row: Row): JdCitation | undefined {
  const mappingId = Number(row[F.mappingId]);
  const dutyId = text(row, F.dutyId);
  if (!Number.isInteger(mappingId) || dutyId === '') {
    return undefined;
  }
  return { mappingId, dutyId, foundIn: foundInFromChoice(row[F.foundIn]) ?? 'notMapped', reference: text(row, F.reference).trim() };
}

/**
 * "Found in" and reference of every entry of the given mappings. The reads go
 * in one $batch (one request for up to 100 reads, about 4,500 teams), each
 * filtered on the indexed mapping id only and ordered by ID, so none meets the
 * list view threshold; a duty saved twice keeps its oldest entry, as opening
 * the mapping does.
 *
 * @param context - Data context.
 * @param mappings - Each team's latest mapping, with its duty count.
 * @param limits - Bounds of one read (tests use small ones).
 * @returns One citation per mapping and duty.
 */
export async function readJdCoverage(context: DataContext, mappings: readonly ActionSource[], limits: CoverageLimits = COVERAGE_LIMITS): Promise<JdCitation[]> {
  const filters = coverageFilters(mappings, limits);
  if (filters.length === 0) {
    return [];
  }
  const rows: Row[] = [];
  for (let start = 0; start < filters.length; start += MAX_BATCH_REQUESTS) {
    const chunk = filters.slice(start, start + MAX_BATCH_REQUESTS);
    const results = await inBatch(context.sp, (web) =>
      Promise.all(chunk.map((filter) => settle(context.list('entries', web).items.select(...COVERAGE_SELECT).filter(filter).orderBy('ID', true).top(MAX_PAGE)<Row[]>())))
    );
    throwFirstFailure(results);
    results.forEach((result) => rows.push(...result.value));
  }
  const seen = new Set<string>();
  const citations: JdCitation[] = [];
  for (const row of rows) {
    const citation = citationFromRow(row);
    const key = citation ? `${citation.mappingId}|${citation.dutyId}` : '';
    if (citation && !seen.has(key)) {
      seen.add(key);
      citations.push(citation);
    }
  }
  return citations;
}
