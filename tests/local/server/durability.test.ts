/** @jest-environment node */
import { ChildProcess, spawn } from 'child_process';
import { rmSync } from 'fs';
import { createServer } from 'net';
import { join } from 'path';
import { pnp, tempDataDir } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
const dataDir = tempDataDir();
let child: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `tsx local/server/main.ts` in its own process group; resolves with the site URL once it is ready. */
function startCli(port: number): Promise<{ proc: ChildProcess; siteUrl: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['local/server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20000);
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ready at (\S+)/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        resolve({ proc, siteUrl: m[1] });
      }
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}): ${out}`));
    });
  });
}

/** SIGKILL the whole group: tsx runs the server in a child node process. */
function kill(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.removeAllListeners('exit');
    proc.once('exit', () => resolve());
    if (proc.pid !== undefined) {
      process.kill(-proc.pid, 'SIGKILL');
    }
  });
}

afterAll(async () => {
  if (child !== undefined && child.exitCode === null && child.signalCode === null) {
    await kill(child);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every acknowledged write after SIGKILL and serves the same data on restart', async () => {
  const port = await freePort();
  const first = await startCli(port);
  child = first.proc;
  const sp = pnp(first.siteUrl);
  await sp.web.lists.add('Durable', '', 100);
  const list = sp.web.lists.getByTitle('Durable');
  await list.fields.addNumber('MappingId', { Indexed: true });
  const [batched, execute] = sp.batched();
  for (let i = 1; i <= 20; i += 1) {
    void batched.web.lists.getByTitle('Durable').items.add({ Title: `Batched ${i}`, MappingId: i });
  }
  await execute();
  const last = await list.items.add({ Title: 'Last write', MappingId: 99 });
  await list.items.getById(1).update({ Title: 'Edited' });
  // Killed immediately after the reply: nothing may be lost.
  await kill(first.proc);

  const second = await startCli(port);
  child = second.proc;
  const after = pnp(second.siteUrl).web.lists.getByTitle('Durable');
  const rows = await after.items.select('Id', 'Title', 'MappingId').top(100)();
  expect(rows).toHaveLength(21);
  expect(rows[0]).toMatchObject({ Id: 1, Title: 'Edited', 'odata.etag': '"2"' });
  expect(rows[20]).toMatchObject({ Id: last.Id, Title: 'Last write', MappingId: 99 });
  const indexed = await after.fields.getByInternalNameOrTitle('MappingId').select('Indexed')();
  expect(indexed.Indexed).toBe(true);
  // PnPjs reuses its cached digest after the restart; it must still be accepted.
  await after.items.add({ Title: 'After restart' });
  await kill(second.proc);
  child = undefined;
});
