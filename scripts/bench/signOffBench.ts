/**
 * [governance] Sign-off of a filled 40-duty mapping, after its Word document is
 * built (building it is export.docx.ms): signOff.requests and signOff.ms,
 * counted at the server, beside a naive sign-off that does the same work with
 * one request per operation. An Owner signs off; between runs the Owner
 * reopens it, outside the timing.
 */
import '@pnp/sp/files';
import '@pnp/sp/folders';
import type { SPFI } from '@pnp/sp';
import { createLocalSp } from '../../src/data/createServices';
import { ENTRY_FIELDS, MAPPING_FIELDS, RECORD_FIELDS, RECORD_KINDS, RECORDS_LIBRARY, SETTINGS_LIST } from '../../src/data/schema';
import { ENTRIES_LIST } from '../../src/data/schema/entriesList';
import { MAPPINGS_LIST } from '../../src/data/schema/mappingsList';
import type { SignOffInput } from '../../src/services/governance';
import type { AppServices } from '../../src/services/types';
import type { LocalSharePoint } from '../../local/server/server';
import { fillMapping } from './exportBench';
import { MEMBER, OWNER, createOne } from './site';
import type { BenchSite } from './site';
import { measure } from './stats';
import type { Measured } from './stats';

export interface SignOffFigures {
  ours: Measured;
  baseline: Measured;
  /** Size of the Word document stored with each sign-off (the export's size for this mapping). */
  documentBytes: number;
}

const RUNS = 5;
type Row = Record<string, unknown>;

/** A stand-in for the built .docx with its real size: what is measured starts after it is built. */
function documentOf(bytes: number): Uint8Array {
  const document = new Uint8Array(Math.max(bytes, 4));
  document.set([0x50, 0x4b, 0x03, 0x04]);
  return document;
}

async function inputFor(services: AppServices, mappingId: number, document: Uint8Array): Promise<SignOffInput> {
  const opened = await services.mappings.openMapping(mappingId);
  return {
    mappingId,
    team: opened.mapping.header.team,
    frameworkTitle: opened.framework.title,
    frameworkVersion: opened.framework.version,
    note: 'Benchmark sign-off',
    document,
    snapshot: { mapping: opened.mapping, framework: opened.framework },
    basedOn: { entryEtags: opened.entryEtags, headerEtag: opened.headerEtag }
  };
}

async function reopenIfSignedOff(services: AppServices, mappingId: number): Promise<void> {
  if ((await services.governance.read(mappingId)).state === 'signedOff') {
    await services.governance.reopen(mappingId, 'Benchmark: sign off again');
  }
}

/**
 * The same sign-off written the obvious way: each read, upload, column update
 * and ETag move its own request (no batching).
 */
async function naiveSignOff(sp: SPFI, input: SignOffInput, sequence: number): Promise<void> {
  const lists = sp.web.lists;
  await lists.getByTitle(RECORDS_LIBRARY.title).items.filter(`${RECORD_FIELDS.mappingId} eq ${input.mappingId}`)();
  const mapping = await lists.getByTitle(MAPPINGS_LIST.title).items.getById(input.mappingId)<Row>();
  const entries = await lists.getByTitle(ENTRIES_LIST.title).items.filter(`${ENTRY_FIELDS.mappingId} eq ${input.mappingId}`).top(5000)<Row[]>();
  await lists.getByTitle(SETTINGS_LIST.title).items.top(10)();
  const folder = lists.getByTitle(RECORDS_LIBRARY.title).rootFolder;
  const base = `Naive ${input.mappingId} sign-off ${sequence}`;
  const docx = await folder.files.addUsingPath(`${base}.docx`, input.document, { Overwrite: false });
  const json = await folder.files.addUsingPath(`${base}.json`, new TextEncoder().encode(JSON.stringify(input.snapshot)), { Overwrite: false });
  for (const entry of entries) {
    await lists.getByTitle(ENTRIES_LIST.title).items.getById(Number(entry.ID)).update({ [ENTRY_FIELDS.mappingId]: input.mappingId });
  }
  await lists.getByTitle(MAPPINGS_LIST.title).items.getById(input.mappingId).update({ [MAPPING_FIELDS.team]: mapping[MAPPING_FIELDS.team] });
  for (const file of [docx, json]) {
    const item = await sp.web.getFileByServerRelativePath(file.ServerRelativeUrl).getItem();
    await item.update({ [RECORD_FIELDS.mappingId]: input.mappingId, [RECORD_FIELDS.kind]: RECORD_KINDS.signedOff, [RECORD_FIELDS.team]: input.team });
  }
}

/**
 * Measures our sign-off and the naive one on their own mappings.
 *
 * @param server - The benchmark server.
 * @param owner - A fresh Owner session (signs off and reopens).
 * @param ids - A filled mapping for ours and one for the naive sign-off.
 * @param ownerLogin - The Owner's login, for the naive layer's requests.
 * @param documentBytes - The Word document's size.
 * @returns The figures.
 */
export async function measureSignOff(
  server: LocalSharePoint,
  owner: () => AppServices,
  ids: { ours: number; naive: number },
  ownerLogin: string,
  documentBytes: number
): Promise<SignOffFigures> {
  const document = documentOf(documentBytes);
  const ours = await measure(
    server,
    RUNS,
    (prepared: { services: AppServices; input: SignOffInput }) => prepared.services.governance.signOff(prepared.input),
    async () => {
      const services = owner();
      await reopenIfSignedOff(services, ids.ours);
      await services.people.currentUser();
      return { services, input: await inputFor(services, ids.ours, document) };
    }
  );
  const sp = createLocalSp(server.siteUrl, { user: ownerLogin });
  const baseline = await measure(
    server,
    RUNS,
    (input: SignOffInput, run) => naiveSignOff(sp, input, run),
    async () => inputFor(owner(), ids.naive, document)
  );
  return { ours, baseline, documentBytes: document.length };
}

/**
 * Creates a mapping for our sign-off and one for the naive one, fills both as a Member would,
 * then measures both signing off with a Word document of the given size.
 *
 * @param site - The benchmark site.
 * @param documentBytes - The Word document's size.
 * @returns The figures, and the two mappings' ids (ours is left signed off by the last run).
 */
export async function measureFilledSignOff(site: BenchSite, documentBytes: number): Promise<{ signOff: SignOffFigures; ids: { ours: number; naive: number } }> {
  const ids = { ours: await createOne(site.server.siteUrl, 'Benchmark team (sign-off)'), naive: await createOne(site.server.siteUrl, 'Benchmark team (naive sign-off)') };
  await fillMapping(site.services(MEMBER), ids.ours);
  await fillMapping(site.services(MEMBER), ids.naive);
  const signOff = await measureSignOff(site.server, () => site.services(OWNER), ids, OWNER, documentBytes);
  return { signOff, ids };
}
