/**
 * `lists/…/views`: enumerate, create, get by title or id, MERGE, DELETE, and each view's
 * `viewfields` (GET, addviewfield, removeviewfield, removeallviewfields, moveviewfieldto).
 */
import { JsonObject } from '../json';
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { invalidQuery, spException, unknownProperty } from '../http/errors';
import { Segment, stringArg } from '../http/request';
import { ListRecord } from '../storage/types';
import { ViewRecord } from '../storage/views';
import { RouteContext, apiUrl, badMethod, jsonBody, metadataUrl, notFound, requireManageLists } from './context';
import { odata, project, queryEntities } from './collection';
import { parseSelect } from '../odata/query';

/** View properties a client may set, with SharePoint's defaults. */
const VIEW_DEFAULTS: JsonObject = {
  DefaultView: false,
  Hidden: false,
  JSLink: '',
  Paged: true,
  PersonalView: false,
  RowLimit: 30,
  Scope: 0,
  ViewQuery: '',
  CustomFormatter: ''
};

/** Computed columns every list has besides its stored fields. */
const COMPUTED_FIELDS = ['LinkTitle', 'LinkTitleNoMenu', 'Edit', 'DocIcon', 'ContentType', 'Attachments'];

function viewEntity(ctx: RouteContext, list: ListRecord, view: ViewRecord): Entity {
  const link = `Web/Lists(guid'${list.guid}')/Views(guid'${view.guid}')`;
  const props = { ...VIEW_DEFAULTS, ...view.props };
  const url = `${new URL(ctx.webUrl).pathname}/Lists/${list.entityName}/${view.title.replace(/[^A-Za-z0-9]/g, '')}.aspx`;
  return new Entity({ type: 'SP.View', id: apiUrl(ctx, link), editLink: link }, [
    ...Object.entries(props).sort(([a], [b]) => a.localeCompare(b)),
    ['Id', view.guid],
    ['ServerRelativeUrl', url],
    ['Title', view.title],
    ['ViewType', 'HTML']
  ]);
}

function viewProps(body: JsonObject): JsonObject {
  const props: JsonObject = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'Title') {
      continue;
    }
    if (!(key in VIEW_DEFAULTS)) {
      throw unknownProperty(key, 'SP.View');
    }
    props[key] = value;
  }
  return props;
}

function fieldName(ctx: RouteContext, list: ListRecord, name: string): string {
  const computed = COMPUTED_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase());
  const field = computed === undefined ? ctx.store.fields.byNameOrTitle(list.id, name) : undefined;
  if (computed === undefined && field === undefined) {
    throw spException(`Column '${name}' does not exist. It may have been deleted by another user.`, '-2147024809, System.ArgumentException', 400);
  }
  return computed ?? (field as { internalName: string }).internalName;
}

function viewFields(ctx: RouteContext, list: ListRecord, view: ViewRecord, rest: Segment[]): ApiResponse {
  const [op] = rest;
  const save = (fields: string[]): ApiResponse => {
    requireManageLists(ctx);
    ctx.store.tx(() => ctx.store.views.update(view, view.title, view.props, fields));
    return emptyResponse(200);
  };
  if (op === undefined) {
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const schemaXml = `<FieldRef Name="${view.fields.join('" /><FieldRef Name="')}" />`;
    const entity = new Entity({ type: 'SP.ViewFieldCollection', id: apiUrl(ctx, `Web/Lists(guid'${list.guid}')/Views(guid'${view.guid}')/ViewFields`) }, [
      ['Items', view.fields],
      ['SchemaXml', view.fields.length === 0 ? '' : schemaXml]
    ]);
    return jsonResponse(200, entityBody(entity, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.ViewFieldCollections/@Element')), ctx.req.format);
  }
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  switch (op.key) {
    case 'addviewfield': {
      const name = fieldName(ctx, list, stringArg(ctx.req, op.args));
      return save(view.fields.includes(name) ? view.fields : [...view.fields, name]);
    }
    case 'removeviewfield': {
      const name = stringArg(ctx.req, op.args).toLowerCase();
      return save(view.fields.filter((f) => f.toLowerCase() !== name));
    }
    case 'removeallviewfields':
      return save([]);
    case 'moveviewfieldto': {
      const { field, index } = jsonBody(ctx);
      if (typeof field !== 'string' || typeof index !== 'number' || !view.fields.includes(field)) {
        throw invalidQuery('moveviewfieldto needs the name of a field in the view and an index.');
      }
      const others = view.fields.filter((f) => f !== field);
      others.splice(Math.max(0, Math.min(index, others.length)), 0, field);
      return save(others);
    }
    default:
      return notFound(ctx, rest);
  }
}

function oneView(ctx: RouteContext, list: ListRecord, view: ViewRecord | undefined, name: string, rest: Segment[]): ApiResponse {
  if (view === undefined) {
    throw spException(`The view '${name}' does not exist.`, '-2147024809, System.ArgumentException', 404);
  }
  const [next, ...more] = rest;
  if (next !== undefined) {
    return next.key === 'viewfields' ? viewFields(ctx, list, view, more) : notFound(ctx, rest);
  }
  switch (ctx.req.method) {
    case 'GET': {
      const select = odata(() => parseSelect(ctx.req.query.get('$select')));
      return jsonResponse(200, entityBody(project(viewEntity(ctx, list, view), select), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Views/@Element')), ctx.req.format);
    }
    case 'MERGE':
    case 'PATCH': {
      requireManageLists(ctx);
      const body = jsonBody(ctx);
      const title = typeof body.Title === 'string' && body.Title.trim() !== '' ? body.Title : view.title;
      ctx.store.tx(() => ctx.store.views.update(view, title, { ...view.props, ...viewProps(body) }, view.fields));
      return emptyResponse(204);
    }
    case 'DELETE':
      requireManageLists(ctx);
      ctx.store.tx(() => ctx.store.views.delete(view));
      return emptyResponse(200);
    default:
      return badMethod(ctx);
  }
}

function createView(ctx: RouteContext, list: ListRecord): ApiResponse {
  requireManageLists(ctx);
  const body = jsonBody(ctx);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') {
    throw invalidQuery("The parameter 'Title' is missing or empty.");
  }
  const props = viewProps(body);
  const view = ctx.store.tx(() => {
    if (ctx.store.views.byTitle(list.id, title) !== undefined) {
      throw spException(`A view named "${title}" already exists in this list.`, '-2130575245, Microsoft.SharePoint.SPException');
    }
    return ctx.store.views.create(list.id, title, props);
  });
  return jsonResponse(201, entityBody(viewEntity(ctx, list, view), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Views/@Element')), ctx.req.format);
}

/** Routes `views…` under a list (seg is the `views` segment). */
export function routeViews(ctx: RouteContext, list: ListRecord, seg: Segment, rest: Segment[]): ApiResponse {
  const views = ctx.store.views;
  if (seg.args !== undefined) {
    const guid = stringArg(ctx.req, seg.args);
    return oneView(ctx, list, views.byGuid(list.id, guid), guid, rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method === 'POST') {
      return createView(ctx, list);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const all = queryEntities(ctx, views.forList(list.id).map((v) => viewEntity(ctx, list, v)), 'SP.View');
    return jsonResponse(200, collectionBody(all, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Views')), ctx.req.format);
  }
  const name = next.args === undefined ? '' : stringArg(ctx.req, next.args);
  switch (next.key) {
    case 'getbytitle':
      return oneView(ctx, list, views.byTitle(list.id, name), name, more);
    case 'getbyid':
      return oneView(ctx, list, views.byGuid(list.id, name), name, more);
    default:
      return notFound(ctx, rest);
  }
}
