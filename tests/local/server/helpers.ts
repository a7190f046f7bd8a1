/** Shared set-up for the local SharePoint server tests: a temp data folder, a server, PnPjs clients. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SPBrowser, SPFI, spfi } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { LocalSharePoint, LocalSharePointOptions, startLocalSharePoint } from '../../../local/server/server';
import { EMAILS, claimsLogin } from '../../../local/server/users';

export const OWNER = claimsLogin(EMAILS.owner);
export const MEMBER = claimsLogin(EMAILS.member);
export const VISITOR = EMAILS.visitor;

export interface TestServer {
  server: LocalSharePoint;
  dataDir: string;
  /** PnPjs client acting as `login` (default: the owner). */
  sp: (login?: string) => SPFI;
  stop: () => Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'local-sp-'));
}

/** Real, unmodified PnPjs v4 against `siteUrl`, with the local user header as its only addition. */
export function pnp(siteUrl: string, login: string = OWNER): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': login }));
}

export async function startTestServer(options: LocalSharePointOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = await startLocalSharePoint({ port: 0, ...options, dataDir });
  return {
    server,
    dataDir,
    sp: (login) => pnp(server.siteUrl, login),
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** Raw POST helper that fetches a digest first (for tests that bypass PnPjs on purpose). */
export async function digestFor(siteUrl: string): Promise<string> {
  const r = await fetch(`${siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  const json = (await r.json()) as { FormDigestValue: string };
  return json.FormDigestValue;
}

/** Status and parsed body of a PnPjs HttpRequestError (or rethrows anything else). */
export async function httpError(p: Promise<unknown>): Promise<{ status: number; body: unknown; headers: Headers }> {
  try {
    await p;
  } catch (e) {
    const err = e as { isHttpRequestError?: boolean; status?: number; response?: Response };
    if (err.isHttpRequestError === true && err.response !== undefined && err.status !== undefined) {
      const text = await err.response.clone().text();
      return { status: err.status, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: err.response.headers };
    }
    throw e;
  }
  throw new Error('Expected the request to fail');
}
