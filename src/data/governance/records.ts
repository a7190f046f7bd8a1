import type { GovernanceRecord, LifecycleState, MappingGovernance } from '../../services/governance';
import { isoDate } from '../toolkit/rows';
import { RECORD_FIELDS, RECORD_KINDS, SIGN_OFF_STATE_CHOICES } from '../schema';
import type { SiteTimeZone } from '../toolkit/rows';

/** A records library item as read with {@link RECORD_SELECT}. */
export type RecordRow = Record<string, unknown>;

/** What one read of a mapping's records asks for. */
export const RECORD_SELECT: string[] = [
  'ID',
  'FileLeafRef',
  'FileRef',
  'Created',
  'Author/Title',
  RECORD_FIELDS.kind,
  RECORD_FIELDS.note,
  RECORD_FIELDS.reviewDue,
  RECORD_FIELDS.signedOffAt
];

/** File names of one sign-off or reopening: numbered, so a second approver's upload collides. */
export function recordFileNames(mappingId: number, sequence: number, kind: GovernanceRecord['kind']): { snapshot: string; document: string } {
  const base = kind === 'signedOff' ? `Mapping ${mappingId} sign-off ${sequence}` : `Mapping ${mappingId} reopened ${sequence}`;
  return { snapshot: `${base}.json`, document: `${base}.docx` };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function authorName(row: RecordRow): string {
  const author = row.Author as { Title?: unknown } | undefined;
  return text(author?.Title);
}

/**
 * Turns a mapping's records (any order) into its governance: the JSON file of
 * each sign-off or reopening is the record; a sign-off's .docx is attached to
 * the JSON of the same name. Files without a kind (an upload that failed half
 * way) are ignored.
 *
 * @param rows - Records library items of one mapping.
 * @param stateColumn - The mapping's own Sign-off state value (Draft or Ready).
 * @returns State and records, newest first.
 */
export function governanceFrom(rows: RecordRow[], stateColumn: unknown, zone?: SiteTimeZone): MappingGovernance {
  const documents = new Map<string, string>();
  for (const row of rows) {
    const name = text(row.FileLeafRef);
    if (name.toLowerCase().endsWith('.docx')) {
      documents.set(name.slice(0, -5), text(row.FileRef));
    }
  }
  const records: GovernanceRecord[] = rows
    .filter((row) => text(row.FileLeafRef).toLowerCase().endsWith('.json') && text(row[RECORD_FIELDS.kind]) !== '')
    .sort((a, b) => Number(b.ID) - Number(a.ID))
    .map((row) => {
      const kind = row[RECORD_FIELDS.kind] === RECORD_KINDS.reopened ? 'reopened' : 'signedOff';
      const name = text(row.FileLeafRef);
      return {
        kind,
        by: authorName(row),
        at: text(row[RECORD_FIELDS.signedOffAt]) || text(row.Created),
        note: text(row[RECORD_FIELDS.note]),
        // A date-only column comes back as a moment near midnight: the day is what counts.
        reviewDue: isoDate(row, RECORD_FIELDS.reviewDue, zone),
        fileUrl: text(row.FileRef),
        documentUrl: kind === 'signedOff' ? documents.get(name.slice(0, -5)) : undefined
      };
    });
  const latest = records[0];
  const reopened = records.find((record) => record.kind === 'reopened');
  let state: LifecycleState = stateColumn === SIGN_OFF_STATE_CHOICES.ready ? 'ready' : 'draft';
  if (latest?.kind === 'signedOff') {
    state = 'signedOff';
  }
  return { state, signedOff: state === 'signedOff' ? latest : undefined, reopened, records };
}
