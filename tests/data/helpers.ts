/** Shared set-up for the data layer's tests: a local SharePoint server per file, real PnPjs over HTTP. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { SPFI } from '@pnp/sp';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { isAppError } from '../../src/services/errors';
import type { AppError, AppErrorKind } from '../../src/services/errors';
import type { AppServices } from '../../src/services/types';
import type { LocalSharePoint, LocalSharePointOptions } from '../../local/server/server';
import { startLocalSharePoint } from '../../local/server/server';
import { EMAILS } from '../../local/server/users';
import { forTheseTests } from '../support/forTheseTests';

export const OWNER = EMAILS.owner;
export const MEMBER = EMAILS.member;
export const MEMBER_2 = EMAILS.secondMember;
export const VISITOR = EMAILS.visitor;

/**
 * Department sites beside the test site, for reading across sites: one the app is set up on by the
 * test, one without the app's lists and one a Member may not open.
 */
export const OTHER_SITES = { stLukes: '/sites/stlukes', noLists: '/sites/newdivision', closed: '/sites/executive' } as const;

export const OTHER_SITE_OPTIONS: NonNullable<LocalSharePointOptions['sites']> = [
  { path: OTHER_SITES.stLukes, title: 'St Luke’s Imaging' },
  { path: OTHER_SITES.noLists, title: 'New division' },
  { path: OTHER_SITES.closed, title: 'Executive', roles: { [EMAILS.member]: 'none' } }
];

/**
 * The services of a site as `user`, in a session of their own.
 *
 * @param siteUrl - The site's absolute URL.
 * @param user - Who acts.
 * @returns The services.
 */
export function servicesAt(siteUrl: string, user: string): AppServices {
  return createSharePointServices(createLocalSp(siteUrl, { user }));
}

export interface TestSite {
  server: LocalSharePoint;
  /** A fresh set of services (its own session) acting as `user`. */
  services(user?: string): AppServices;
  /** A PnPjs root acting as `user`, for looking at the lists directly. */
  sp(user?: string): SPFI;
  /** Queues a failure on the server (POST /_local/faults). */
  fault(rule: { status: number; retryAfter?: number; times?: number; pathContains?: string; skip?: number }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a local SharePoint server on a free port with a fresh data folder.
 *
 * @param options - Server options (e.g. listViewThreshold).
 * @returns The site and helpers.
 */
export async function startSite(options: Omit<LocalSharePointOptions, 'port' | 'dataDir'> = {}): Promise<TestSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'idm-data-'));
  const server = await startLocalSharePoint({ ...options, port: 0, dataDir });
  return {
    server,
    services: (user = OWNER) => createSharePointServices(createLocalSp(server.siteUrl, { user })),
    sp: (user = OWNER) => createLocalSp(server.siteUrl, { user }),
    fault: async (rule) => {
      const reply = await fetch(`${server.url}/_local/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
      if (!reply.ok) {
        throw new Error(`Could not queue the fault: ${reply.status} ${await reply.text()}`);
      }
    },
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/**
 * A local SharePoint site for the tests of this file, set up by the owner
 * first when `setUp` is true (the lists exist, as after "Set up this site").
 *
 * @param options - Server options, and whether to run set-up.
 * @returns The site, usable inside tests and hooks.
 */
export function siteForThisFile(options: Omit<LocalSharePointOptions, 'port' | 'dataDir'> & { setUp?: boolean } = {}): TestSite {
  const { setUp, ...serverOptions } = options;
  return forTheseTests(
    'local site',
    async () => {
      const site = await startSite(serverOptions);
      if (setUp) {
        await site.services(OWNER).setup.run(() => undefined);
      }
      return site;
    },
    (site) => site.stop()
  );
}

/**
 * Awaits a promise that must fail with an AppError of the given kind.
 *
 * @param promise - The operation.
 * @param kind - Expected kind.
 * @returns The error, for further checks.
 */
export async function expectAppError(promise: Promise<unknown>, kind: AppErrorKind): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) {
      expect(error.kind).toBe(kind);
      return error;
    }
    throw error;
  }
  throw new Error(`Expected an AppError of kind "${kind}", but the operation succeeded.`);
}

/**
 * Runs an operation and counts the SharePoint requests it made (contextinfo excluded).
 *
 * @param site - The test site.
 * @param operation - What to measure.
 * @returns Its result and the request count.
 */
export async function countRequests<T>(site: TestSite, operation: () => Promise<T>): Promise<{ result: T; requests: number }> {
  site.server.resetRequestCount();
  const result = await operation();
  return { result, requests: site.server.requestCount() };
}
