/**
 * Wire shapes for the three metadata levels SharePoint serves:
 *   minimal  — `odata.*` annotations, collections under `value`, next page in `odata.nextLink`;
 *   verbose  — `{"d": …}`, `__metadata`, collections under `d.results`, next page in `d.__next`;
 *   nometadata — bare properties.
 */
import { JsonObject, JsonValue } from '../json';
import { SpError } from './errors';
import { MetadataLevel } from './request';

export interface EntityMeta {
  /** `odata.type` / `__metadata.type`. */
  type: string;
  /** Absolute URI (`odata.id`); absent for complex values such as SP.UserIdInfo. */
  id?: string;
  /** Relative edit link (`Web/Lists(guid'…')/Items(3)`). */
  editLink?: string;
  etag?: string;
}

export type WireValue = JsonValue | Entity | Entity[];

/** An entity (or complex value) ready to be rendered at any metadata level. */
export class Entity {
  public constructor(public readonly meta: EntityMeta, public readonly props: Array<[string, WireValue]>) {}
}

function renderValue(value: WireValue, level: MetadataLevel): JsonValue {
  if (value instanceof Entity) {
    return renderEntity(value, level);
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => renderValue(v, level));
    if (level !== 'verbose') {
      return items;
    }
    const first = value[0];
    const type = first instanceof Entity ? first.meta.type : `Collection(${typeof first === 'number' ? 'Edm.Int32' : 'Edm.String'})`;
    return { __metadata: { type }, results: items };
  }
  return value;
}

/** One entity as an object (no envelope). */
export function renderEntity(entity: Entity, level: MetadataLevel): JsonObject {
  const out: JsonObject = {};
  const { meta } = entity;
  if (level === 'verbose') {
    const md: JsonObject = {};
    if (meta.id !== undefined) {
      md.id = meta.id;
      md.uri = meta.id;
    }
    if (meta.etag !== undefined) {
      md.etag = meta.etag;
    }
    md.type = meta.type;
    out.__metadata = md;
  } else if (level === 'minimal' && meta.id !== undefined) {
    out['odata.type'] = meta.type;
    out['odata.id'] = meta.id;
    if (meta.etag !== undefined) {
      out['odata.etag'] = meta.etag;
    }
    if (meta.editLink !== undefined) {
      out['odata.editLink'] = meta.editLink;
    }
  }
  for (const [key, value] of entity.props) {
    out[key] = renderValue(value, level);
  }
  return out;
}

/** A single-entity reply body. `metadataUrl` is e.g. `…/_api/$metadata#SP.ApiData.Lists/@Element`. */
export function entityBody(entity: Entity, level: MetadataLevel, metadataUrl: string): JsonObject {
  const body = renderEntity(entity, level);
  if (level === 'verbose') {
    return { d: body };
  }
  return level === 'minimal' ? { 'odata.metadata': metadataUrl, ...body } : body;
}

/** A collection reply body with an optional absolute next-page link. */
export function collectionBody(entities: Entity[], level: MetadataLevel, metadataUrl: string, nextLink?: string): JsonObject {
  const rows = entities.map((e) => renderEntity(e, level));
  if (level === 'verbose') {
    const d: JsonObject = { results: rows };
    if (nextLink !== undefined) {
      d.__next = nextLink;
    }
    return { d };
  }
  const body: JsonObject = level === 'minimal' ? { 'odata.metadata': metadataUrl, value: rows } : { value: rows };
  if (nextLink !== undefined) {
    body['odata.nextLink'] = nextLink;
  }
  return body;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Text, or a file's bytes (`$value`). */
  body: string | Buffer;
}

const CONTENT_TYPES: Record<MetadataLevel, string> = {
  minimal: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  verbose: 'application/json;odata=verbose;charset=utf-8',
  nometadata: 'application/json;odata=nometadata;streaming=true;charset=utf-8'
};

export function jsonResponse(status: number, body: JsonObject, level: MetadataLevel, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': CONTENT_TYPES[level], ...headers }, body: JSON.stringify(body) };
}

/** A reply without a body (204 after MERGE, 200 after DELETE). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers, body: '' };
}

/** SharePoint's error envelope; verbose callers get the key `error` instead of `odata.error`. */
export function errorResponse(err: SpError, level: MetadataLevel): ApiResponse {
  const inner: JsonObject = { code: err.code, message: { lang: 'en-US', value: err.message } };
  const body: JsonObject = level === 'verbose' ? { error: inner } : { 'odata.error': inner };
  return jsonResponse(err.status, body, level === 'verbose' ? 'verbose' : 'minimal', err.headers);
}
