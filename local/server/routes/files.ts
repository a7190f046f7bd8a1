/**
 * Folders and files of document libraries as PnPjs v4 addresses them: `list/rootFolder`,
 * `folders/addUsingPath`, `files/addUsingPath`, `getFileByServerRelativePath`,
 * `getFolderByServerRelativePath`, `$value` and `listItemAllFields`. Shapes and errors from
 * SharePoint Online (docs/sharepoint-rest-governance.md §1). Permissions are the library's.
 */
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { spException } from '../http/errors';
import { Segment, boolArg, namedArgs, stringArg } from '../http/request';
import { FileRecord, FolderRecord } from '../storage/files';
import { ListRecord, isLibrary } from '../storage/types';
import { PermissionKind } from '../users';
import { RouteContext, apiUrl, badMethod, metadataUrl, notFound, requirePermission } from './context';
import { queryEntities } from './collection';
import { addFile, addFolder, libraryPath, ownerList, setFileContent } from './fileWrite';
import { itemResponse, updateItem } from './items';
import { routeFileVersions } from './fileVersions';
import { validateUpdateListItem } from './validateUpdate';

const FILE_NOT_FOUND = '-2130575338, Microsoft.SharePoint.SPException';

function fileMissing(path: string): never {
  throw spException(`The file ${path} does not exist.`, FILE_NOT_FOUND, 404);
}

function folderMissing(): never {
  throw spException('File Not Found.', '-2147024894, System.IO.FileNotFoundException', 404);
}

function fileLink(file: FileRecord): string {
  return `Web/GetFileByServerRelativePath(decodedurl='${file.path.replace(/'/g, "''")}')`;
}

function fileEntity(ctx: RouteContext, file: FileRecord): Entity {
  const link = fileLink(file);
  return new Entity({ type: 'SP.File', id: apiUrl(ctx, link), editLink: link }, [
    ['CheckInComment', ''],
    ['CheckOutType', 2],
    ['ContentTag', `{${file.uniqueId.toUpperCase()}},${file.major},${file.major}`],
    ['CustomizedPageStatus', 0],
    ['ETag', `"{${file.uniqueId.toUpperCase()}},${file.major}"`],
    ['Exists', true],
    ['IrmEnabled', false],
    ['Length', String(file.length)],
    ['Level', 1],
    ['LinkingUri', null],
    ['LinkingUrl', ''],
    ['MajorVersion', file.major],
    ['MinorVersion', 0],
    ['Name', file.name],
    ['ServerRelativeUrl', file.path],
    ['TimeCreated', file.created],
    ['TimeLastModified', file.modified],
    ['Title', null],
    ['UIVersion', file.major * 512],
    ['UIVersionLabel', `${file.major}.0`],
    ['UniqueId', file.uniqueId]
  ]);
}

function folderEntity(ctx: RouteContext, folder: FolderRecord): Entity {
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${folder.path.replace(/'/g, "''")}')`;
  return new Entity({ type: 'SP.Folder', id: apiUrl(ctx, link), editLink: link }, [
    ['Exists', true],
    ['IsWOPIEnabled', false],
    ['ItemCount', ctx.store.files.countIn(folder.path)],
    ['Name', folder.path.slice(folder.path.lastIndexOf('/') + 1)],
    ['ProgID', null],
    ['ServerRelativeUrl', folder.path],
    ['TimeCreated', folder.created],
    ['TimeLastModified', folder.modified],
    ['UniqueId', folder.uniqueId],
    ['WelcomePage', '']
  ]);
}

function listOf(ctx: RouteContext, listId: number): ListRecord {
  const list = ctx.store.lists.all().find((l) => l.id === listId);
  if (list === undefined) {
    return folderMissing();
  }
  return list;
}

function oneFile(outer: RouteContext, file: FileRecord, rest: Segment[]): ApiResponse {
  const list = listOf(outer, file.listId);
  const ctx: RouteContext = { ...outer, list };
  requirePermission(ctx, PermissionKind.ViewListItems);
  const [next, ...more] = rest;
  if (next?.key === 'versions') {
    return routeFileVersions(ctx, list, file, next, more);
  }
  if (next?.key === 'listitemallfields' && more.length === 1 && more[0].key === 'validateupdatelistitem') {
    return validateUpdateListItem(ctx, list, file.itemId);
  }
  if (next !== undefined && more.length > 0) {
    return notFound(ctx, more);
  }
  switch (next?.key) {
    case undefined:
      if (ctx.req.method === 'GET') {
        return jsonResponse(200, entityBody(fileEntity(ctx, file), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Files12/@Element')), ctx.req.format);
      }
      if (ctx.req.method === 'DELETE') {
        requirePermission(ctx, PermissionKind.DeleteListItems);
        ctx.store.tx(() => {
          ctx.store.files.deleteFile(file.path);
          ctx.store.items.delete(list.id, file.itemId);
          ctx.store.lists.itemRemoved(list.id);
        });
        return emptyResponse(200);
      }
      return badMethod(ctx);
    case '$value':
      if (ctx.req.method === 'GET') {
        return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: ctx.store.files.content(file.path) ?? Buffer.alloc(0) };
      }
      if (ctx.req.method === 'PUT') {
        requirePermission(ctx, PermissionKind.EditListItems);
        setFileContent(ctx, list, file);
        return emptyResponse(204);
      }
      return badMethod(ctx);
    case 'listitemallfields':
      return fileItem(ctx, list, file.itemId);
    default:
      return notFound(ctx, rest);
  }
}

/** The file's or folder's list item: GET with the request's $select/$expand, MERGE to set columns. */
function fileItem(ctx: RouteContext, list: ListRecord, itemId: number): ApiResponse {
  if (ctx.req.method === 'GET') {
    return itemResponse(ctx, list, itemId);
  }
  if (ctx.req.method === 'MERGE' || ctx.req.method === 'PATCH') {
    return updateItem(ctx, list, itemId);
  }
  return badMethod(ctx);
}

function filesOf(ctx: RouteContext, folder: FolderRecord, rest: Segment[], seg: Segment): ApiResponse {
  if (seg.args !== undefined) {
    const name = stringArg(ctx.req, seg.args);
    const path = `${folder.path}/${name}`;
    return oneFile(ctx, ctx.store.files.file(path) ?? fileMissing(path), rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const files = queryEntities(ctx, ctx.store.files.filesIn(folder.path).map((f) => fileEntity(ctx, f)), 'SP.File');
    return jsonResponse(200, collectionBody(files, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Files12')), ctx.req.format);
  }
  switch (next.key) {
    case 'addusingpath':
    case 'add': {
      const call = addCall(ctx, next, more);
      if ('refused' in call) {
        return call.refused;
      }
      const file = addFile(ctx, folder, call.url, ctx.req.bytes, call.overwrite);
      return jsonResponse(200, entityBody(fileEntity(ctx, file), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Files12/@Element')), ctx.req.format);
    }
    case 'getbyurl': {
      const path = `${folder.path}/${stringArg(ctx.req, next.args)}`;
      return oneFile(ctx, ctx.store.files.file(path) ?? fileMissing(path), more);
    }
    default:
      return notFound(ctx, rest);
  }
}

function foldersOf(ctx: RouteContext, folder: FolderRecord | undefined, rest: Segment[], seg: Segment): ApiResponse {
  if (seg.args !== undefined && folder !== undefined) {
    return oneFolder(ctx, ctx.store.files.folder(`${folder.path}/${stringArg(ctx.req, seg.args)}`), rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method !== 'GET' || folder === undefined) {
      return badMethod(ctx);
    }
    const folders = queryEntities(ctx, ctx.store.files.subfolders(folder.path).map((f) => folderEntity(ctx, f)), 'SP.Folder');
    return jsonResponse(200, collectionBody(folders, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Folders')), ctx.req.format);
  }
  if (next.key === 'addusingpath' || next.key === 'add') {
    // A folder is never overwritten, but a malformed Overwrite flag is still refused as SharePoint does.
    const call = addCall(ctx, next, more);
    if ('refused' in call) {
      return call.refused;
    }
    const created = addFolder(ctx, folder, call.url);
    return jsonResponse(200, entityBody(folderEntity(ctx, created), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Folders/@Element')), ctx.req.format);
  }
  if (next.key === 'getbyurl' && folder !== undefined) {
    return oneFolder(ctx, ctx.store.files.folder(`${folder.path}/${stringArg(ctx.req, next.args)}`), more);
  }
  return notFound(ctx, rest);
}

function oneFolder(outer: RouteContext, folder: FolderRecord | undefined, rest: Segment[]): ApiResponse {
  if (folder === undefined) {
    return folderMissing();
  }
  const list = listOf(outer, folder.listId);
  const ctx: RouteContext = { ...outer, list };
  requirePermission(ctx, PermissionKind.ViewListItems);
  const [next, ...more] = rest;
  switch (next?.key) {
    case undefined:
      if (ctx.req.method !== 'GET') {
        return badMethod(ctx);
      }
      return jsonResponse(200, entityBody(folderEntity(ctx, folder), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Folders/@Element')), ctx.req.format);
    case 'files':
      return filesOf(ctx, folder, more, next);
    case 'folders':
      return foldersOf(ctx, folder, more, next);
    case 'listitemallfields':
      if (more.length > 0) {
        return notFound(ctx, more);
      }
      if (folder.itemId === undefined) {
        // A library's root folder has no list item; SharePoint answers with an empty entity.
        return jsonResponse(200, ctx.req.format === 'verbose' ? { d: null } : { 'odata.null': true }, ctx.req.format);
      }
      return fileItem(ctx, list, folder.itemId);
    default:
      return notFound(ctx, rest);
  }
}

/** `list/rootFolder…`: libraries only here (generic lists' folders are not needed). */
export function routeRootFolder(ctx: RouteContext, list: ListRecord, rest: Segment[]): ApiResponse {
  if (!isLibrary(list)) {
    return notFound(ctx, rest);
  }
  return oneFolder(ctx, ctx.store.files.rootOf(list.id), rest);
}

/** Children of `web` that address files and folders by path; undefined when `seg` is none. */
export function routeWebFiles(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse | undefined {
  switch (seg.key) {
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl': {
      const path = libraryPath(ctx, stringArg(ctx.req, namedArgs(seg.args).get('decodedurl') ?? seg.args));
      return oneFile(ctx, ctx.store.files.file(path) ?? fileMissing(path), rest);
    }
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl': {
      const path = libraryPath(ctx, stringArg(ctx.req, namedArgs(seg.args).get('decodedurl') ?? seg.args));
      return oneFolder(ctx, ctx.store.files.folder(path), rest);
    }
    case 'folders': {
      // web.folders.addUsingPath takes a server-relative URL inside a library.
      const [next] = rest;
      if (next?.key === 'addusingpath' || next?.key === 'add') {
        const args = namedArgs(next.args);
        const path = libraryPath(ctx, stringArg(ctx.req, args.get('decodedurl') ?? args.get('url') ?? args.get('')));
        const list = ownerList(ctx, path);
        return foldersOf({ ...ctx, list }, undefined, rest, seg);
      }
      return notFound(ctx, rest);
    }
    default:
      return undefined;
  }
}

/**
 * Reads an `addUsingPath(DecodedUrl='…',Overwrite=…)` (or `add(url='…')`) call on a files or folders
 * collection, which is a POST with nothing after it; a malformed Overwrite flag is SharePoint's 400.
 */
function addCall(ctx: RouteContext, call: Segment, after: Segment[]): { refused: ApiResponse } | { url: string; overwrite: boolean } {
  if (ctx.req.method !== 'POST') {
    return { refused: badMethod(ctx) };
  }
  if (after.length > 0) {
    return { refused: notFound(ctx, after) };
  }
  const args = namedArgs(call.args);
  return {
    url: stringArg(ctx.req, args.get('decodedurl') ?? args.get('url') ?? args.get('')),
    overwrite: boolArg(args.get('overwrite'), false)
  };
}
