/**
 * Adding files and folders to a library: path resolution, SharePoint's naming rules, the
 * "already exists" refusal unless Overwrite is asked, and the list item each one gets.
 */
import { JsonObject } from '../json';
import { SpError, accessDenied, spException } from '../http/errors';
import { FileRecord, FolderRecord } from '../storage/files';
import { versioning } from '../storage/items';
import { ListRecord, isLibrary } from '../storage/types';
import { PermissionKind, userById } from '../users';
import { RouteContext, requirePermission } from './context';
import { applyWrite } from './itemWrite';

const MAX_PATH = 400;
const RESERVED = /^(\.lock|con|prn|aux|nul|com\d|lpt\d|desktop\.ini)$/i;

function sitePath(ctx: RouteContext): string {
  return new URL(ctx.webUrl).pathname.replace(/\/+$/, '');
}

/** A server-relative path from a server-relative, absolute or web-relative one, without a trailing `/`. */
export function libraryPath(ctx: RouteContext, raw: string): string {
  let path = raw.trim();
  if (/^https?:\/\//i.test(path)) {
    path = new URL(path).pathname;
  }
  if (!path.startsWith('/')) {
    path = `${sitePath(ctx)}/${path}`;
  }
  return path.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
}

/** The library whose root folder holds `path`; 404 as SharePoint's missing folder when none. */
export function ownerList(ctx: RouteContext, path: string): ListRecord {
  const lower = path.toLowerCase();
  for (const list of ctx.store.lists.all().filter(isLibrary)) {
    const root = ctx.store.files.rootOf(list.id);
    if (root !== undefined && (lower === root.path.toLowerCase() || lower.startsWith(`${root.path.toLowerCase()}/`))) {
      return list;
    }
  }
  throw spException('File Not Found.', '-2147024894, System.IO.FileNotFoundException', 404);
}

/** SharePoint Online's naming rules for files and folders (support article 64883a5d). */
function checkName(name: string, path: string): void {
  const bad =
    name === '' ||
    /["*:<>?/\\|]/.test(name) ||
    name !== name.trim() ||
    RESERVED.test(name) ||
    name.toLowerCase().includes('_vti_') ||
    name.startsWith('~$');
  if (bad) {
    throw spException(
      `The file or folder name "${name}" contains characters that are not permitted. Please use a different name.`,
      '-2130575245, Microsoft.SharePoint.SPException',
      400
    );
  }
  if (path.length > MAX_PATH) {
    throw spException(
      'The specified file or folder name is too long. The URL path for all files and folders must be 400 characters or less (and no more than 128 characters for any single file or folder name in the URL). Please type a shorter file or folder name.',
      '-2130575218, Microsoft.SharePoint.SPException',
      400
    );
  }
}

function split(path: string): { parent: string; name: string } {
  const slash = path.lastIndexOf('/');
  return { parent: path.slice(0, slash), name: path.slice(slash + 1) };
}

function target(ctx: RouteContext, base: FolderRecord | undefined, url: string): string {
  return url.startsWith('/') || base === undefined ? libraryPath(ctx, url) : libraryPath(ctx, `${base.path}/${url}`);
}

/** The list item a new file or folder gets: the list's defaults, stamps, and where it lives. */
function newItem(ctx: RouteContext, list: ListRecord, path: string, folder: boolean): { id: number; data: JsonObject } {
  const data = applyWrite(list, ctx.store.fields.forList(list.id), {}, undefined, ctx.req.user);
  const { parent, name } = split(path);
  Object.assign(data, { FileLeafRef: name, FileRef: path, FileDirRef: parent, FSObjType: folder ? 1 : 0 });
  const id = ctx.store.lists.nextItemId(list.id);
  ctx.store.items.insert(list.id, id, data, list);
  return { id, data };
}

function existsError(ctx: RouteContext, path: string, editorId: number, modified: string): SpError {
  const editor = userById(editorId);
  const webRelative = path.slice(sitePath(ctx).length + 1);
  return spException(
    `A file with the name ${webRelative} already exists. It was last modified by ${editor?.login ?? 'SHAREPOINT\\system'} on ${new Date(modified).toUTCString()}.`,
    '-2130575257, Microsoft.SharePoint.SPException',
    400
  );
}

/** files/addUsingPath: a new file, or new content for an existing one only when `overwrite`. */
export function addFile(outer: RouteContext, base: FolderRecord, url: string, bytes: Buffer, overwrite: boolean): FileRecord {
  const path = target(outer, base, url);
  const { parent, name } = split(path);
  checkName(name, path);
  const list = ownerList(outer, path);
  const ctx: RouteContext = { ...outer, list };
  return ctx.store.tx(() => {
    if (ctx.store.files.folder(parent) === undefined) {
      throw spException('File Not Found.', '-2147024894, System.IO.FileNotFoundException', 404);
    }
    const existing = ctx.store.files.file(path);
    if (existing !== undefined) {
      if (!overwrite) {
        requirePermission(ctx, PermissionKind.AddListItems);
        throw existsError(ctx, existing.path, existing.editorId, existing.modified);
      }
      requirePermission(ctx, PermissionKind.EditListItems);
      const item = ctx.store.items.get(list.id, existing.itemId);
      if (item !== undefined) {
        const data = applyWrite(list, ctx.store.fields.forList(list.id), {}, item.data, ctx.req.user);
        ctx.store.items.update(list.id, item, data, list);
      }
      return ctx.store.files.saveVersion(path, bytes, ctx.req.user.id, versioning(list));
    }
    requirePermission(ctx, PermissionKind.AddListItems);
    if (ctx.store.files.folder(path) !== undefined) {
      const folder = ctx.store.files.folder(path) as FolderRecord;
      throw existsError(ctx, path, ctx.req.user.id, folder.modified);
    }
    const item = newItem(ctx, list, path, false);
    return ctx.store.files.addFile({ path, folder: parent, name, listId: list.id, itemId: item.id, authorId: ctx.req.user.id }, bytes);
  });
}

/**
 * A change to a file's list item is a change to the file: with versioning on it becomes a new
 * version of the file too (same content), as SharePoint keeps one history for both.
 */
export function fileItemChanged(ctx: RouteContext, list: ListRecord, itemId: number): void {
  if (!isLibrary(list)) {
    return;
  }
  const file = ctx.store.files.fileByItem(list.id, itemId);
  if (file !== undefined) {
    ctx.store.files.saveVersion(file.path, undefined, ctx.req.user.id, versioning(list));
  }
}

/** `$value` PUT: new content for a file, stamped on its list item, a new version when the library keeps them. */
export function setFileContent(ctx: RouteContext, list: ListRecord, file: FileRecord): void {
  ctx.store.tx(() => {
    const item = ctx.store.items.get(list.id, file.itemId);
    if (item !== undefined) {
      ctx.store.items.update(list.id, item, applyWrite(list, ctx.store.fields.forList(list.id), {}, item.data, ctx.req.user), list);
    }
    ctx.store.files.saveVersion(file.path, ctx.req.bytes, ctx.req.user.id, versioning(list));
  });
}

/** folders/addUsingPath: creates the folder (its parent must exist); an existing one is returned. */
export function addFolder(outer: RouteContext, base: FolderRecord | undefined, url: string): FolderRecord {
  const path = target(outer, base, url);
  const { parent, name } = split(path);
  checkName(name, path);
  const list = ownerList(outer, path);
  const ctx: RouteContext = { ...outer, list };
  requirePermission(ctx, PermissionKind.AddListItems);
  if (!isLibrary(list)) {
    throw accessDenied();
  }
  return ctx.store.tx(() => {
    // Adding a folder that exists hands back the existing one, whatever `overwrite` says.
    const existing = ctx.store.files.folder(path);
    if (existing !== undefined) {
      return existing;
    }
    if (ctx.store.files.folder(parent) === undefined) {
      throw spException('File Not Found.', '-2147024894, System.IO.FileNotFoundException', 404);
    }
    const item = newItem(ctx, list, path, true);
    return ctx.store.files.addFolder(path, parent, list.id, item.id);
  });
}
