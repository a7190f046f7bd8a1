/** How list items look on the wire: default properties, `$select` projection, `$expand` of people. */
import { JsonValue } from '../json';
import { Entity, WireValue } from '../http/format';
import { expandMissing, propertyNotFound } from '../http/errors';
import { FieldRecord, ItemRecord, ListRecord, isLibrary, itemTypeName, storageKey } from '../storage/types';
import { LocalUser, userById } from '../users';
import { COMPLIANCE_TAG, entityPropertyName } from '../storage/fieldTypes';
import { RouteContext, apiUrl } from './context';

export interface Projection {
  /** `$select` names; undefined = SharePoint's default property set. */
  select?: string[];
  /** Person fields named in `$expand`. */
  expand: string[];
}

/** Properties every item has, outside the field catalogue. */
const EXTRA_PROPS = ['FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'OData__UIVersionString', 'Attachments'];
const CONTENT_TYPE_ID = '0x0100A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8';

/** Properties of an expanded person (SP.Data.UserInfoItem). */
const USER_PROPS = ['Id', 'ID', 'Title', 'Name', 'EMail', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'SipAddress'];

function userProp(u: LocalUser, name: string): JsonValue {
  const [first, ...last] = u.name.split(' ');
  const values: Record<string, JsonValue> = {
    Id: u.id,
    ID: u.id,
    Title: u.name,
    Name: u.login,
    EMail: u.email,
    UserName: u.email,
    FirstName: first,
    LastName: last.join(' '),
    JobTitle: u.jobTitle,
    Department: 'Imaging',
    SipAddress: u.email
  };
  return values[name] ?? null;
}

function expandedUser(ctx: RouteContext, id: JsonValue, props: string[]): Entity | null {
  const user = typeof id === 'number' ? userById(id) : undefined;
  if (user === undefined) {
    return null;
  }
  return new Entity(
    { type: 'SP.Data.UserInfoItem', id: apiUrl(ctx, `Web/SiteUserInfoList/Items(${user.id})`) },
    props.map((p): [string, WireValue] => [p, userProp(user, p)])
  );
}

function value(item: ItemRecord, key: string): JsonValue {
  const v = item.data[key];
  return v === undefined ? null : v;
}

/** 1 for a library's folder, 0 for a file or a list item. */
function objectType(item: ItemRecord): number {
  return item.data.FSObjType === 1 ? 1 : 0;
}

function extraValue(item: ItemRecord, name: string, uiVersion: number): JsonValue {
  switch (name) {
    case 'FileSystemObjectType':
      return objectType(item);
    case 'ServerRedirectedEmbedUri':
      return null;
    case 'ServerRedirectedEmbedUrl':
      return '';
    case 'ContentTypeId':
      return CONTENT_TYPE_ID;
    case 'OData__UIVersionString':
      return `${uiVersion}.0`;
    default:
      return false;
  }
}

/** The default property set, in SharePoint's order. */
function defaultProps(item: ItemRecord, fields: FieldRecord[], uiVersion: number): Array<[string, WireValue]> {
  const props: Array<[string, WireValue]> = [
    ['FileSystemObjectType', objectType(item)],
    ['Id', item.id],
    ['ServerRedirectedEmbedUri', null],
    ['ServerRedirectedEmbedUrl', ''],
    ['ContentTypeId', CONTENT_TYPE_ID],
    ['Title', value(item, 'Title')]
  ];
  for (const f of fields.filter((x) => !x.builtin)) {
    if (f.valueType === 'user') {
      const id = value(item, storageKey(f));
      props.push([storageKey(f), id], [`${f.internalName}StringId`, id === null ? null : String(id)]);
    } else {
      props.push([f.internalName, value(item, f.internalName)]);
    }
  }
  props.push(
    ['ID', item.id],
    ['Modified', value(item, 'Modified')],
    ['Created', value(item, 'Created')],
    ['AuthorId', value(item, 'AuthorId')],
    ['EditorId', value(item, 'EditorId')],
    ['OData__UIVersionString', `${uiVersion}.0`],
    ['Attachments', false],
    ['GUID', value(item, 'GUID')]
  );
  return props;
}

/**
 * Checks `$select`/`$expand` against the fields once per request and returns a renderer, so a
 * 5000-row page does not repeat the lookups.
 */
export function itemRenderer(ctx: RouteContext, list: ListRecord, fields: FieldRecord[], proj: Projection): (item: ItemRecord) => Entity {
  // A file's item shows the file's version (the two share one history); other items their write count.
  const uiVersion = (item: ItemRecord): number => (isLibrary(list) ? ctx.store.files.fileByItem(list.id, item.id)?.major : undefined) ?? item.version;
  const byName = new Map(fields.map((f) => [f.internalName, f]));
  const userField = (name: string): FieldRecord | undefined => {
    const f = byName.get(name);
    return f !== undefined && f.valueType === 'user' ? f : undefined;
  };
  for (const nav of proj.expand) {
    if (userField(nav) === undefined) {
      throw propertyNotFound(nav);
    }
  }
  // Sub-properties asked for per expanded person field.
  const navProps = new Map<string, string[]>();
  type Getter = (item: ItemRecord) => Array<[string, WireValue]>;
  const getters: Getter[] = [];
  for (const name of proj.select ?? []) {
    const slash = name.indexOf('/');
    if (slash > 0) {
      const nav = name.slice(0, slash);
      const sub = name.slice(slash + 1);
      if (userField(nav) === undefined) {
        throw propertyNotFound(name);
      }
      if (!proj.expand.includes(nav)) {
        throw expandMissing(name, nav);
      }
      if (!USER_PROPS.includes(sub)) {
        throw propertyNotFound(name);
      }
      navProps.set(nav, [...(navProps.get(nav) ?? []), sub]);
      continue;
    }
    const field = byName.get(name);
    if (name === '*') {
      getters.push((item) => defaultProps(item, fields, uiVersion(item)));
    } else if (name === 'Id' || name === 'ID') {
      getters.push((item) => [['Id', item.id], ['ID', item.id]]);
    } else if (name === entityPropertyName(COMPLIANCE_TAG) && isLibrary(list)) {
      // Every SharePoint Online library has it (a library made before the local server modelled it too).
      getters.push((item) => [[name, value(item, COMPLIANCE_TAG)]]);
    } else if (EXTRA_PROPS.includes(name)) {
      getters.push((item) => [[name, extraValue(item, name, uiVersion(item))]]);
    } else if (field !== undefined && field.valueType !== 'user') {
      getters.push((item) => [[name, value(item, name)]]);
    } else if (field !== undefined) {
      // A bare person field is a navigation property: present only when expanded.
      if (proj.expand.includes(name)) {
        navProps.set(name, navProps.get(name) ?? USER_PROPS);
      }
    } else if (name.endsWith('StringId') && userField(name.slice(0, -8)) !== undefined) {
      getters.push((item) => {
        const id = value(item, `${name.slice(0, -8)}Id`);
        return [[name, id === null ? null : String(id)]];
      });
    } else if (name.endsWith('Id') && userField(name.slice(0, -2)) !== undefined) {
      getters.push((item) => [[name, value(item, name)]]);
    } else {
      throw propertyNotFound(name);
    }
  }
  if (proj.select === undefined) {
    getters.push((item) => defaultProps(item, fields, uiVersion(item)));
  }
  // Without $select (or with *), an expanded person comes back whole; with one, only what it names.
  const selectsAll = proj.select === undefined || proj.select.includes('*');
  for (const nav of proj.expand) {
    if (selectsAll && !navProps.has(nav)) {
      navProps.set(nav, USER_PROPS);
    }
  }
  const typeName = itemTypeName(list);
  return (item) => {
    const seen = new Set<string>();
    const props: Array<[string, WireValue]> = [];
    for (const [k, v] of getters.flatMap((g) => g(item))) {
      if (!seen.has(k)) {
        seen.add(k);
        props.push([k, v]);
      }
    }
    for (const [nav, sub] of navProps) {
      const field = userField(nav);
      props.push([nav, field === undefined ? null : expandedUser(ctx, value(item, storageKey(field)), sub)]);
    }
    const link = `Web/Lists(guid'${list.guid}')/Items(${item.id})`;
    return new Entity({ type: typeName, id: apiUrl(ctx, link), editLink: link, etag: `"${item.version}"` }, props);
  };
}
