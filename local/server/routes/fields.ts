/** `lists/…/fields`: enumerate, create (verbose or minimal), get, MERGE (incl. Indexed), DELETE. */
import { JsonObject, JsonValue } from '../json';
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { invalidQuery, spException, unknownProperty } from '../http/errors';
import { Segment, stringArg } from '../http/request';
import { COMMON_FIELD_PROPS, CREATABLE_KINDS, FIELD_KINDS, encodeInternalName, entityPropertyName } from '../storage/fieldTypes';
import { FieldRecord, ListRecord } from '../storage/types';
import { RouteContext, apiUrl, badMethod, jsonBody, metadataUrl, notFound, requireManageLists, unwrapResults } from './context';
import { odata, project, queryEntities } from './collection';
import { parseSelect } from '../odata/query';

/** SharePoint allows at most 20 indexed columns per list. */
export const MAX_INDEXES = 20;

export function fieldEntity(ctx: RouteContext, list: ListRecord, field: FieldRecord): Entity {
  const info = FIELD_KINDS[field.kind];
  const link = `Web/Lists(guid'${list.guid}')/Fields(guid'${field.guid}')`;
  const props: JsonObject = {
    CanBeDeleted: !field.builtin,
    CustomFormatter: null,
    DefaultValue: null,
    Description: '',
    EnforceUniqueValues: false,
    Filterable: true,
    Group: field.builtin ? '_Hidden' : 'Custom Columns',
    Hidden: false,
    ReadOnlyField: false,
    Required: false,
    Sortable: true,
    TypeDisplayName: info.typeAsString,
    ...info.defaults,
    ...field.props,
    EntityPropertyName: entityPropertyName(field.internalName),
    FieldTypeKind: field.kind,
    Id: field.guid,
    Indexed: field.indexed,
    InternalName: field.internalName,
    StaticName: field.internalName,
    Title: field.title,
    TypeAsString: info.typeAsString
  };
  const entries = Object.entries(props).sort(([a], [b]) => a.localeCompare(b));
  return new Entity({ type: info.odataType, id: apiUrl(ctx, link), editLink: link }, entries);
}

/** Validates and normalises create/MERGE properties for a field of `kind`. */
function fieldProps(body: JsonObject, kind: number): JsonObject {
  const info = FIELD_KINDS[kind];
  const props: JsonObject = {};
  for (const [key, value] of Object.entries(body)) {
    if (!COMMON_FIELD_PROPS.includes(key) && !info.props.includes(key)) {
      throw unknownProperty(key, info.odataType);
    }
    if (key === 'Title' || key === 'FieldTypeKind' || key === 'Indexed' || key === 'StaticName') {
      continue;
    }
    if (key === 'Choices') {
      const choices = unwrapResults(value);
      if (choices === undefined || choices.some((c) => typeof c !== 'string')) {
        throw invalidQuery('Choices must be a collection of strings.');
      }
      props.Choices = choices;
      continue;
    }
    if (key === 'AllowMultipleValues' && value === true) {
      throw invalidQuery('Multi-value person fields are not supported by the local SharePoint server.');
    }
    props[key] = value;
  }
  return props;
}

function setIndexed(ctx: RouteContext, list: ListRecord, field: FieldRecord, indexed: JsonValue | undefined): void {
  if (typeof indexed !== 'boolean' || indexed === field.indexed || field.valueType === 'counter') {
    return;
  }
  if (indexed && field.valueType === 'note') {
    // SharePoint offers no index on multiple-lines-of-text columns.
    throw invalidQuery(`The field '${field.internalName}' of type 'Note' cannot be indexed.`);
  }
  if (indexed) {
    const count = ctx.store.fields.forList(list.id).filter((f) => f.indexed).length;
    if (count >= MAX_INDEXES) {
      throw spException(`The list already has the maximum number of indexed columns (${MAX_INDEXES}).`);
    }
  }
  ctx.store.fields.setIndexed(field, indexed);
}

function createField(ctx: RouteContext, list: ListRecord): ApiResponse {
  requireManageLists(ctx);
  const body = jsonBody(ctx);
  const { Title: title, FieldTypeKind: kind } = body;
  if (typeof title !== 'string' || title.trim() === '') {
    throw invalidQuery("The parameter 'Title' is missing or empty.");
  }
  if (typeof kind !== 'number' || !CREATABLE_KINDS.has(kind)) {
    throw invalidQuery(`FieldTypeKind ${String(kind)} is not supported by the local SharePoint server.`);
  }
  const props = fieldProps(body, kind);
  const name = encodeInternalName(title);
  const field = ctx.store.tx(() => {
    if (ctx.store.fields.byNameOrTitle(list.id, name)?.internalName.toLowerCase() === name.toLowerCase()) {
      throw spException(`A duplicate field name "${name}" was found.`, '-2130575245, Microsoft.SharePoint.SPException');
    }
    const created = ctx.store.fields.create(list.id, name, title, kind, props);
    setIndexed(ctx, list, created, body.Indexed);
    ctx.store.lists.touch(list.id);
    return ctx.store.fields.byNameOrTitle(list.id, name) ?? created;
  });
  return jsonResponse(201, entityBody(fieldEntity(ctx, list, field), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Fields/@Element')), ctx.req.format);
}

function oneField(ctx: RouteContext, list: ListRecord, field: FieldRecord | undefined, name: string, rest: Segment[]): ApiResponse {
  if (field === undefined) {
    throw spException(`Column '${name}' does not exist. It may have been deleted by another user.`, '-2147024809, System.ArgumentException', 404);
  }
  if (rest.length > 0) {
    return notFound(ctx, rest);
  }
  switch (ctx.req.method) {
    case 'GET': {
      const select = odata(() => parseSelect(ctx.req.query.get('$select')));
      return jsonResponse(200, entityBody(project(fieldEntity(ctx, list, field), select), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Fields/@Element')), ctx.req.format);
    }
    case 'MERGE':
    case 'PATCH': {
      requireManageLists(ctx);
      const body = jsonBody(ctx);
      if (body.FieldTypeKind !== undefined && body.FieldTypeKind !== field.kind) {
        throw invalidQuery('Changing FieldTypeKind is not supported by the local SharePoint server.');
      }
      const props = { ...field.props, ...fieldProps(body, field.kind) };
      const title = typeof body.Title === 'string' && body.Title.trim() !== '' ? body.Title : field.title;
      ctx.store.tx(() => {
        if (props.EnforceUniqueValues === true && field.props.EnforceUniqueValues !== true && ctx.store.items.hasRepeatedValues(field)) {
          // SharePoint refuses uniqueness over values that already repeat; its exact wording is unconfirmed.
          throw spException('This column contains duplicate values. Remove the duplicates, then enforce unique values again.');
        }
        ctx.store.fields.update(field, title, props);
        setIndexed(ctx, list, field, body.Indexed);
      });
      return emptyResponse(204);
    }
    case 'DELETE':
      requireManageLists(ctx);
      if (field.builtin) {
        throw spException('You cannot delete a hidden or built-in column.');
      }
      ctx.store.tx(() => {
        ctx.store.fields.delete(field);
        ctx.store.items.dropKey(list.id, field.valueType === 'user' ? `${field.internalName}Id` : field.internalName);
      });
      return emptyResponse(200);
    default:
      return badMethod(ctx);
  }
}

/** Routes `fields…` under a list (seg is the `fields` segment). */
export function routeFields(ctx: RouteContext, list: ListRecord, seg: Segment, rest: Segment[]): ApiResponse {
  const fields = ctx.store.fields;
  if (seg.args !== undefined) {
    const guid = stringArg(ctx.req, seg.args);
    return oneField(ctx, list, fields.byGuid(list.id, guid), guid, rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method === 'POST') {
      return createField(ctx, list);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const all = queryEntities(ctx, fields.forList(list.id).map((f) => fieldEntity(ctx, list, f)), 'SP.Field');
    return jsonResponse(200, collectionBody(all, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Fields')), ctx.req.format);
  }
  const name = next.args === undefined ? '' : stringArg(ctx.req, next.args);
  switch (next.key) {
    case 'getbyinternalnameortitle':
      return oneField(ctx, list, fields.byNameOrTitle(list.id, name), name, more);
    case 'getbytitle':
      return oneField(ctx, list, fields.forList(list.id).find((f) => f.title.toLowerCase() === name.toLowerCase()), name, more);
    case 'getbyid':
      return oneField(ctx, list, fields.byGuid(list.id, name), name, more);
    default:
      return notFound(ctx, rest);
  }
}
