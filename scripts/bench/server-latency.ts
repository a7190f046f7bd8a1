/**
 * Latency of the local SharePoint server as the PnPjs data layer sees it:
 * `npx tsx scripts/bench/server-latency.ts` (or `npm run bench:server`).
 *
 * Starts the server on an ephemeral port with a temporary data folder, fills one list with 5000
 * items, then times (median of 5 runs) a full 5000-item read in pages of 5000 and of 100, and a
 * batch of 100 writes. Round trips are counted by the server (contextinfo excluded).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SPBrowser, SPFI, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import { startLocalSharePoint } from '../../local/server/server';
import { median } from './stats';
import { runScript } from './part';

const LIST = 'Bench Entries';
const ITEMS = 5000;
const RUNS = 5;

interface Row {
  operation: string;
  'median ms': number;
  'min ms': number;
  'max ms': number;
  'requests/run': number;
}

async function fill(sp: SPFI): Promise<void> {
  await sp.web.lists.add(LIST, 'Benchmark list', 100);
  const fields = sp.web.lists.getByTitle(LIST).fields;
  await fields.addNumber('MappingId', { Indexed: true });
  await fields.addNumber('SortOrder');
  await fields.addMultilineText('Notes');
  for (let start = 0; start < ITEMS; start += 500) {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle(LIST);
    for (let i = start; i < start + 500; i += 1) {
      void list.items.add({ Title: `Entry ${i + 1}`, MappingId: Math.floor(i / 40) + 1, SortOrder: i % 40, Notes: 'Duty wording '.repeat(8) });
    }
    await execute();
  }
}

async function readAll(sp: SPFI, pageSize: number): Promise<number> {
  let count = 0;
  for await (const page of sp.web.lists.getByTitle(LIST).items.select('Id', 'Title', 'MappingId', 'SortOrder', 'Notes').top(pageSize)) {
    count += (page as unknown[]).length;
  }
  return count;
}

async function writeBatch(sp: SPFI, run: number): Promise<void> {
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle(LIST);
  for (let i = 1; i <= 100; i += 1) {
    void list.items.getById(i).update({ SortOrder: run * 100 + i });
  }
  await execute();
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-local-sp-'));
  const server = await startLocalSharePoint({ port: 0, dataDir });
  try {
    const sp = spfi(server.siteUrl).using(SPBrowser({ baseUrl: server.siteUrl }));
    const fillStart = performance.now();
    await fill(sp);
    console.log(`Filled ${ITEMS} items in ${Math.round(performance.now() - fillStart)} ms.`);

    const cases: Array<[string, (run: number) => Promise<unknown>]> = [
      [`read ${ITEMS} items, pages of 5000`, () => readAll(sp, 5000)],
      [`read ${ITEMS} items, pages of 100`, () => readAll(sp, 100)],
      ['batch of 100 item updates', (run) => writeBatch(sp, run)],
      ['indexed filter MappingId eq 7 (40 rows)', () => sp.web.lists.getByTitle(LIST).items.select('Id').filter('MappingId eq 7').top(5000)()]
    ];
    const rows: Row[] = [];
    for (const [operation, fn] of cases) {
      await fn(0);
      const times: number[] = [];
      server.resetRequestCount();
      for (let run = 1; run <= RUNS; run += 1) {
        const t0 = performance.now();
        await fn(run);
        times.push(performance.now() - t0);
      }
      rows.push({
        operation,
        'median ms': Math.round(median(times) * 10) / 10,
        'min ms': Math.round(Math.min(...times) * 10) / 10,
        'max ms': Math.round(Math.max(...times) * 10) / 10,
        'requests/run': server.requestCount() / RUNS
      });
    }
    console.table(rows);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runScript(main);
