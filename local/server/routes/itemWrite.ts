/** Turns an add/MERGE body into stored item JSON, checking names and converting values by type. */
import { randomUUID } from 'crypto';
import { JsonObject, JsonValue, spNow } from '../json';
import { SpError, badValue, invalidQuery, unknownProperty } from '../http/errors';
import { normaliseDate } from '../odata/sql';
import { DATE_RANGE_MESSAGE, SiteTimeZone, siteTimeZone, storedDate } from '../timeZones';
import { FIELD_KINDS } from '../storage/fieldTypes';
import { FieldRecord, ListRecord, itemTypeName, storageKey } from '../storage/types';
import { LocalUser, userById } from '../users';

/** Multiple lines of text: 63,999 characters (Microsoft Support, "List and library column types and options"). */
export const MAX_NOTE_LENGTH = 63_999;

/** Properties SharePoint maintains itself. */
const READ_ONLY = new Set(['Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'GUID', 'Attachments', 'FileSystemObjectType', 'OData__UIVersionString', 'OData__ComplianceTag']);
/** Accepted and ignored: SharePoint takes them on writes but they change nothing for a generic list. */
const IGNORED = new Set(['ContentTypeId']);

/** SP.DateTimeFieldFormatType.DateOnly: the column keeps a day, not an instant. */
export function isDateOnly(field: FieldRecord): boolean {
  return field.valueType === 'datetime' && field.props.DisplayFormat !== 1;
}

/** SharePoint's refusal of a date it cannot keep (outside 1 January 1900 – 31 December 8900 in UTC). */
export function dateOutOfRange(): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', DATE_RANGE_MESSAGE);
}

function convert(field: FieldRecord, raw: JsonValue, zone: SiteTimeZone): JsonValue {
  const edm = FIELD_KINDS[field.kind].edmType;
  if (raw === null) {
    return null;
  }
  switch (field.valueType) {
    case 'text':
    case 'note':
    case 'choice': {
      if (typeof raw !== 'string') {
        throw badValue(edm);
      }
      const max = field.props.MaxLength;
      if (field.valueType === 'text' && raw.length > (typeof max === 'number' ? max : 255)) {
        throw invalidQuery(`The value of the field '${field.internalName}' is longer than its maximum length (${String(max ?? 255)}).`);
      }
      // Multiple lines of text hold at most 63,999 characters in SharePoint Online.
      if (field.valueType === 'note' && raw.length > MAX_NOTE_LENGTH) {
        throw invalidQuery(`The value of the field '${field.internalName}' is longer than its maximum length (${MAX_NOTE_LENGTH}).`);
      }
      // SharePoint stores an empty text value as null.
      return raw === '' ? null : raw;
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) {
        throw badValue(edm);
      }
      return n;
    }
    case 'boolean':
      if (typeof raw !== 'boolean') {
        throw badValue(edm);
      }
      return raw;
    case 'datetime': {
      const d = typeof raw === 'string' ? normaliseDate(raw) : undefined;
      if (d === undefined) {
        throw badValue(edm);
      }
      // A date-only column keeps the site's local midnight of the local date at that instant.
      const kept = storedDate(zone, Date.parse(d), isDateOnly(field));
      if (kept === undefined) {
        throw dateOutOfRange();
      }
      return kept;
    }
    case 'user': {
      const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
      if (id === -1) {
        return null;
      }
      if (!Number.isInteger(id)) {
        throw badValue(edm);
      }
      if (userById(id) === undefined) {
        throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
      }
      return id;
    }
    default:
      throw badValue(edm);
  }
}

/** Default for a field the add body left out (the field's DefaultValue, as SharePoint applies it). */
function defaultFor(field: FieldRecord): JsonValue | undefined {
  const d = field.props.DefaultValue;
  if (typeof d !== 'string' || d === '') {
    return undefined;
  }
  switch (field.valueType) {
    case 'boolean':
      return d === '1' || d.toLowerCase() === 'true';
    case 'number':
      return Number.isFinite(Number(d)) ? Number(d) : undefined;
    case 'text':
    case 'note':
    case 'choice':
      return d;
    default:
      return undefined;
  }
}

/**
 * Applies `body` over `current` (undefined for an add) and stamps Created/Modified/Author/Editor.
 * Unknown property → SharePoint's 400 naming the item type.
 */
export function applyWrite(list: ListRecord, fields: FieldRecord[], body: JsonObject, current: JsonObject | undefined, user: LocalUser, zone: SiteTimeZone = siteTimeZone()): JsonObject {
  const writable = new Map<string, FieldRecord>();
  for (const f of fields) {
    if (!f.builtin || f.internalName === 'Title') {
      writable.set(storageKey(f), f);
    }
    if (f.valueType === 'user' && !f.builtin) {
      writable.set(`${f.internalName}StringId`, f);
    }
  }
  const data: JsonObject = { ...(current ?? {}) };
  for (const [key, raw] of Object.entries(body)) {
    if (IGNORED.has(key)) {
      continue;
    }
    const field = writable.get(key);
    if (field === undefined) {
      if (READ_ONLY.has(key)) {
        throw invalidQuery(`The property '${key}' is read-only and cannot be set.`);
      }
      throw unknownProperty(key, itemTypeName(list));
    }
    data[storageKey(field)] = convert(field, raw, zone);
  }
  const now = spNow();
  if (current === undefined) {
    for (const f of fields) {
      const d = f.builtin ? undefined : defaultFor(f);
      if (d !== undefined && !(storageKey(f) in data)) {
        data[storageKey(f)] = d;
      }
    }
    data.Created = now;
    data.AuthorId = user.id;
    data.GUID = randomUUID();
  }
  data.Modified = now;
  data.EditorId = user.id;
  return data;
}
