/**
 * `items(n)/validateUpdateListItem` (also under a file's `listItemAllFields`): column values as
 * the strings a SharePoint form sends, checked one by one. Each value comes back with
 * `HasException`/`ErrorMessage`; nothing is saved unless every value is valid. With
 * `bNewDocumentUpdate` the change overwrites the current version instead of adding one
 * (SharePoint's UpdateOverwriteVersion), which is how columns are set on a file just uploaded
 * without a second version. Value types kept to those this app writes: text, note, choice,
 * number, yes/no and dates. A date is read as SharePoint reads form input: in the site's locale
 * (the local site is en-GB, so `d/m/yyyy` with an optional `h:mm`) and time zone; ISO 8601 text is
 * refused with SharePoint's range message, as SharePoint Online does (docs/sharepoint-dates-and-limits.md).
 */
import { JsonObject, JsonValue, isJsonObject } from '../json';
import { ApiResponse, Entity, collectionBody, jsonResponse } from '../http/format';
import { itemNotFound } from '../http/errors';
import { FieldRecord, ListRecord } from '../storage/types';
import { PermissionKind } from '../users';
import { RouteContext, badMethod, jsonBody, metadataUrl, requirePermission, unwrapResults } from './context';
import { fileItemChanged } from './fileWrite';
import { applyWrite, isDateOnly } from './itemWrite';
import { DATE_RANGE_MESSAGE, SiteTimeZone, localMidnight, storedDate } from '../timeZones';
import { checkUniqueValues } from './uniqueValues';

/** SharePoint's error code for a value a column refuses (Microsoft.SharePoint.SPFieldValidationException). */
const FIELD_INVALID = -2146232832;

type Converted = { value: JsonValue } | { error: string };

/** `d/m/yyyy [h:mm[:ss]]` in the site's time zone, as an instant; undefined for anything else. */
function formDate(text: string, zone: SiteTimeZone): number | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (m === null) {
    return undefined;
  }
  const [day, month, year, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  return localMidnight(zone, date) + ((hour * 60 + minute) * 60 + second) * 1000;
}

function convertFormValue(field: FieldRecord, text: string, zone: SiteTimeZone): Converted {
  if (text === '') {
    return { value: null };
  }
  switch (field.valueType) {
    case 'text':
    case 'note':
    case 'choice': {
      const max = field.props.MaxLength;
      if (field.valueType === 'text' && text.length > (typeof max === 'number' ? max : 255)) {
        return { error: `The value of the field '${field.internalName}' is longer than its maximum length.` };
      }
      return { value: text };
    }
    case 'number': {
      const n = Number(text.replace(/,/g, ''));
      return Number.isFinite(n) ? { value: n } : { error: 'Only numbers can go here.' };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (['1', 'yes', 'true'].includes(lower)) {
        return { value: true };
      }
      return ['0', 'no', 'false'].includes(lower) ? { value: false } : { error: 'Invalid yes/no value.' };
    }
    case 'datetime': {
      const ms = formDate(text, zone);
      const kept = ms === undefined ? undefined : storedDate(zone, ms, isDateOnly(field));
      return ms === undefined || kept === undefined ? { error: DATE_RANGE_MESSAGE } : { value: new Date(ms).toISOString() };
    }
    default:
      return { error: `The column '${field.internalName}' cannot be set this way here.` };
  }
}

interface FormResult {
  name: string;
  text: string;
  error?: string;
}

function resultEntity(result: FormResult, itemId: number): Entity {
  return new Entity({ type: 'SP.ListItemFormUpdateValue' }, [
    ['ErrorCode', result.error === undefined ? 0 : FIELD_INVALID],
    ['ErrorMessage', result.error ?? null],
    ['FieldName', result.name],
    ['FieldValue', result.text],
    ['HasException', result.error !== undefined],
    ['ItemId', itemId]
  ]);
}

/** POST `…/validateUpdateListItem` on item `itemId` of `list`. */
export function validateUpdateListItem(ctx: RouteContext, list: ListRecord, itemId: number): ApiResponse {
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  requirePermission(ctx, PermissionKind.EditListItems);
  const body = jsonBody(ctx);
  const formValues = (unwrapResults(body.formValues) ?? []).filter(isJsonObject) as JsonObject[];
  const overwrite = body.bNewDocumentUpdate === true;
  const fields = ctx.store.fields.forList(list.id);
  const results: FormResult[] = [];
  const write: JsonObject = {};
  for (const entry of formValues) {
    const name = typeof entry.FieldName === 'string' ? entry.FieldName : '';
    const text = typeof entry.FieldValue === 'string' ? entry.FieldValue : '';
    const field = fields.find((f) => f.internalName === name && (!f.builtin || f.internalName === 'Title'));
    if (field === undefined) {
      results.push({ name, text, error: `Column '${name}' does not exist. It may have been deleted by another user.` });
      continue;
    }
    const converted = convertFormValue(field, text, ctx.store.site.timeZone);
    if ('error' in converted) {
      results.push({ name, text, error: converted.error });
      continue;
    }
    write[field.internalName] = converted.value;
    results.push({ name, text });
  }
  if (results.every((r) => r.error === undefined)) {
    ctx.store.tx(() => {
      const item = ctx.store.items.get(list.id, itemId);
      if (item === undefined) {
        throw itemNotFound();
      }
      const data = applyWrite(list, fields, write, item.data, ctx.req.user, ctx.store.site.timeZone);
      checkUniqueValues(ctx.store.items, list.id, fields, data, item.id);
      if (overwrite) {
        ctx.store.items.overwrite(list.id, item, data, list);
      } else {
        ctx.store.items.update(list.id, item, data, list);
        fileItemChanged(ctx, list, item.id);
      }
      ctx.store.lists.touch(list.id);
    });
  }
  const rows = results.map((r) => resultEntity(r, itemId));
  return jsonResponse(200, collectionBody(rows, ctx.req.format, metadataUrl(ctx, 'Collection(SP.ListItemFormUpdateValue)')), ctx.req.format);
}
