/** `_api/contextinfo` and `_api/web` itself. */
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from '../digest';
import { SITE_TITLE } from '../users';
import { ApiResponse, Entity, entityBody, jsonResponse } from '../http/format';
import { odata, project } from './collection';
import { parseSelect } from '../odata/query';
import { RouteContext, apiUrl, badMethod, metadataUrl, notFound } from './context';
import { Segment } from '../http/request';

/** The site's title, shown by the local page. */
export const WEB_TITLE = SITE_TITLE;

/**
 * POST contextinfo. Minimal metadata is flat JSON (PnPjs reads `FormDigestValue` at the top
 * level); verbose wraps it as `d.GetContextWebInformation`.
 */
export function contextInfo(ctx: RouteContext): ApiResponse {
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  const info = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(ctx.store.site.digestSecret),
    LibraryVersion: '16.0.25000.12000',
    SiteFullUrl: ctx.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.webUrl
  };
  if (ctx.req.format === 'verbose') {
    const verbose = { ...info, SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: info.SupportedSchemaVersions } };
    return jsonResponse(200, { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...verbose } } }, 'verbose');
  }
  const body = ctx.req.format === 'minimal' ? { 'odata.metadata': metadataUrl(ctx, 'SP.ContextWebInformation'), ...info } : info;
  return jsonResponse(200, body, ctx.req.format);
}

export function webEntity(ctx: RouteContext): Entity {
  const serverRelative = new URL(ctx.webUrl).pathname;
  return new Entity({ type: 'SP.Web', id: apiUrl(ctx, 'Web'), editLink: 'Web' }, [
    ['Created', ctx.store.site.created],
    ['Description', 'Local SharePoint-compatible site for development and tests.'],
    ['Id', ctx.store.site.webId],
    ['Language', 2057],
    ['ServerRelativeUrl', serverRelative],
    ['Title', ctx.store.site.title],
    ['Url', ctx.webUrl],
    ['WebTemplate', 'GROUP']
  ]);
}

/** GET web ($select honoured). */
export function getWeb(ctx: RouteContext): ApiResponse {
  if (ctx.req.method !== 'GET') {
    return badMethod(ctx);
  }
  const select = odata(() => parseSelect(ctx.req.query.get('$select')));
  return jsonResponse(200, entityBody(project(webEntity(ctx), select), ctx.req.format, metadataUrl(ctx, 'SP.Web')), ctx.req.format);
}

/**
 * GET `web/RegionalSettings/TimeZone`: the site's time zone as SharePoint Online answers it
 * (`{"Description":"(UTC-08:00) Pacific Time (US and Canada)","Id":13,"Information":{"Bias":480,
 * "DaylightBias":-60,"StandardBias":0}}`, recorded from SharePoint Online; see
 * docs/sharepoint-dates-and-limits.md). Other regional settings are not modelled.
 */
export function regionalSettings(ctx: RouteContext, rest: Segment[]): ApiResponse {
  const [seg, ...more] = rest;
  if (seg?.key !== 'timezone' || more.length > 0) {
    return notFound(ctx, rest);
  }
  if (ctx.req.method !== 'GET') {
    return badMethod(ctx);
  }
  const zone = ctx.store.site.timeZone;
  const entity = new Entity({ type: 'SP.TimeZone', id: apiUrl(ctx, 'web/regionalsettings/timezone'), editLink: 'web/regionalsettings/timezone' }, [
    ['Description', zone.description],
    ['Id', zone.id],
    ['Information', { Bias: zone.bias, DaylightBias: zone.daylightBias, StandardBias: zone.standardBias }]
  ]);
  const select = odata(() => parseSelect(ctx.req.query.get('$select')));
  return jsonResponse(200, entityBody(project(entity, select), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.TimeZones/@Element')), ctx.req.format);
}
