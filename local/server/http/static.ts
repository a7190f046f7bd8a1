/** Serves the local page's built files at `/`, with index.html for client-side routes. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { ApiResponse } from './format';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
};

export interface StaticResponse extends Omit<ApiResponse, 'body'> {
  body: Buffer | string;
}

async function fileAt(p: string): Promise<Buffer | undefined> {
  try {
    const stat = await fs.stat(p);
    return stat.isFile() ? await fs.readFile(p) : undefined;
  } catch {
    return undefined;
  }
}

function notFound(): StaticResponse {
  return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
}

/**
 * Resolves `pathname` under `root`. A path that names no file and has no extension gets
 * index.html (a client-side route); a missing asset with an extension gets 404, so a broken
 * script reference fails loudly instead of loading HTML.
 */
export async function serveStatic(root: string, pathname: string): Promise<StaticResponse> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound();
  }
  const base = path.resolve(root);
  const target = path.resolve(base, `.${path.posix.normalize(decoded)}`);
  if (target !== base && !target.startsWith(`${base}${path.sep}`)) {
    return notFound();
  }
  const file = await fileAt(target);
  if (file !== undefined) {
    const type = TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' }, body: file };
  }
  const dirIndex = await fileAt(path.join(target, 'index.html'));
  if (dirIndex !== undefined) {
    return { status: 200, headers: { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' }, body: dirIndex };
  }
  if (path.extname(decoded) !== '') {
    return notFound();
  }
  const index = await fileAt(path.join(base, 'index.html'));
  if (index === undefined) {
    return notFound();
  }
  return { status: 200, headers: { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' }, body: index };
}
