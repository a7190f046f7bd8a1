import type { FieldChange, HistoryEntry } from '../../services/governance';
import { ENTRY_FIELDS, MAPPING_FIELDS, SIGN_OFF_STATE_CHOICES, foundInFromChoice, statusFromChoice } from '../schema';
import { dateFromStored } from '../toolkit/rows';
import type { SiteTimeZone } from '../toolkit/rows';

/** A version as `items(n)/versions` returns it. */
export type VersionRow = Record<string, unknown>;

/** Columns whose changes the History panel shows, by the key the UI words them with. */
export const ENTRY_HISTORY_FIELDS: Readonly<Record<string, string>> = {
  foundIn: ENTRY_FIELDS.foundIn,
  reference: ENTRY_FIELDS.reference,
  comments: ENTRY_FIELDS.comments,
  status: ENTRY_FIELDS.status,
  actionWhat: ENTRY_FIELDS.actionWhat,
  actionOwner: ENTRY_FIELDS.actionOwner,
  actionDue: ENTRY_FIELDS.actionDue
};

export const MAPPING_HISTORY_FIELDS: Readonly<Record<string, string>> = {
  team: MAPPING_FIELDS.team,
  completedBy: MAPPING_FIELDS.completedByNames,
  dateCompleted: MAPPING_FIELDS.dateCompleted,
  notes: MAPPING_FIELDS.notes,
  signOffState: MAPPING_FIELDS.signOffState
};

/** Version history re-escapes underscores in field names (`OData__x005f_…`). */
function versionKey(internalName: string): string {
  return internalName.replace(/_/g, '_x005f_');
}

/** The sign-off state column's stored choice as its key ('draft', 'ready'). */
function signOffStateFromChoice(value: unknown): string | undefined {
  return Object.entries(SIGN_OFF_STATE_CHOICES).find(([, choice]) => choice === value)?.[0];
}

/**
 * Status, Found in and the sign-off state come back as keys (the UI words them); dates
 * as the day they stand for (a date-only value is the site's local midnight in
 * UTC, so its first ten characters are the day before on a UK site in summer);
 * the rest as text.
 */
function normalise(key: string, value: unknown, zone: SiteTimeZone | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (key === 'status') {
    return statusFromChoice(value) ?? String(value);
  }
  if (key === 'foundIn') {
    return foundInFromChoice(value) ?? String(value);
  }
  if (key === 'signOffState') {
    return signOffStateFromChoice(value) ?? String(value);
  }
  if (key === 'dateCompleted' || key === 'actionDue') {
    return dateFromStored(value, zone) ?? '';
  }
  return String(value);
}

function editorName(row: VersionRow): string {
  const editor = row.Editor as { LookupValue?: unknown } | undefined;
  return typeof editor?.LookupValue === 'string' ? editor.LookupValue : '';
}

/**
 * Field-level changes from SharePoint's version history: each version compared
 * with the one before it; the first version lists what it was created with.
 *
 * @param versions - Versions, newest first (as SharePoint returns them).
 * @param fields - Tracked columns by UI key.
 * @param zone - The site's time zone, once known (dates).
 * @returns One entry per version that changed a tracked column, newest first.
 */
export function historyFrom(versions: VersionRow[], fields: Readonly<Record<string, string>>, zone?: SiteTimeZone): HistoryEntry[] {
  const oldestFirst = [...versions].sort((a, b) => Number(a.VersionId) - Number(b.VersionId));
  const out: HistoryEntry[] = [];
  oldestFirst.forEach((row, index) => {
    const before = index > 0 ? oldestFirst[index - 1] : undefined;
    const changes: FieldChange[] = [];
    for (const [key, internalName] of Object.entries(fields)) {
      const name = versionKey(internalName);
      const to = normalise(key, row[name], zone);
      const from = before === undefined ? '' : normalise(key, before[name], zone);
      if (to !== from) {
        changes.push({ field: key, from, to });
      }
    }
    if (changes.length > 0) {
      out.push({ version: String(row.VersionLabel ?? ''), by: editorName(row), at: `${String(row.Created ?? '').replace(/Z$/, '')}Z`, changes });
    }
  });
  return out.reverse();
}
