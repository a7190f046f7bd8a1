/**
 * Endpoints of the local server itself (not SharePoint): `/_local/health`, `/_local/users`,
 * `/_local/faults`, `/_local/sites` (list, or add a site collection while running),
 * `/_local/retention-label` (a library item's Purview retention label, as Purview sets it). They need no
 * digest and never count as SharePoint requests; the server takes only same-origin JSON requests
 * for them (http/early.ts), and a fault rule's values are capped.
 */
import { Faults } from '../faults';
import { JsonValue } from '../json';
import { ApiResponse } from '../http/format';
import { USERS } from '../users';

function json(status: number, body: JsonValue): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: JSON.stringify(body) };
}

export interface LocalContext {
  method: string;
  /** Path after `/_local/`, lower-cased. */
  path: string;
  body: string;
  faults: Faults;
  siteUrl: string;
  /** The site collections: listed, and added by POST {path, title, roles}. */
  sites?: {
    list(): JsonValue;
    /** The new site's URL, or why it cannot be added. */
    add(body: JsonValue): { url: string } | { error: string };
    /** Sets or clears a library item's retention label as Microsoft Purview would; why not, when it cannot. */
    retentionLabel?(body: JsonValue): { error?: string };
  };
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

export function handleLocal(ctx: LocalContext): ApiResponse {
  const route = `${ctx.method} ${ctx.path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET health':
      return json(200, { status: 'ok', siteUrl: ctx.siteUrl });
    case 'GET users':
      return json(200, USERS.map((u) => ({ login: u.login, name: u.name, email: u.email, role: u.role })));
    case 'GET faults':
      return json(200, ctx.faults.pending().map((r) => ({ ...r })));
    case 'POST faults': {
      const body = parseJson(ctx.body);
      const rule = body === undefined ? 'Body must be JSON.' : Faults.parse(body);
      if (typeof rule === 'string') {
        return json(400, { error: rule });
      }
      if (!ctx.faults.add(rule)) {
        return json(429, { error: 'Too many faults are queued: DELETE /_local/faults first.' });
      }
      return json(201, { ...rule });
    }
    case 'GET sites':
      return ctx.sites === undefined ? json(404, { error: 'No site collections.' }) : json(200, ctx.sites.list());
    case 'POST sites': {
      const body = parseJson(ctx.body);
      if (ctx.sites === undefined || body === undefined) {
        return json(400, { error: 'Body must be JSON: {"path": "/sites/name", "title": "Title", "roles": {"e-mail": "Owner|Member|Visitor|none"}}.' });
      }
      const added = ctx.sites.add(body);
      return 'error' in added ? json(400, added) : json(201, added);
    }
    case 'POST retention-label': {
      // Microsoft Purview's part, which no REST call of a site member can play: the label is read-only to them.
      const body = parseJson(ctx.body);
      if (ctx.sites?.retentionLabel === undefined || body === undefined) {
        return json(400, { error: 'Body must be JSON: {"list": "Title", "itemId": 1, "label": "Label name" or null}.' });
      }
      const done = ctx.sites.retentionLabel(body);
      return done.error === undefined ? { status: 204, headers: {}, body: '' } : json(400, { error: done.error });
    }
    case 'DELETE faults':
      ctx.faults.clear();
      return { status: 204, headers: {}, body: '' };
    default:
      return json(404, { error: `No local endpoint ${route}.` });
  }
}
