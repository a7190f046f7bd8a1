/**
 * The local server in a child process, so its memory can be read on its own
 * (in-process, the benchmark's clients would share the heap), with an RSS
 * sampler reading /proc.
 */
import { spawn } from 'child_process';
import type { ChildProcessByStdio } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Readable } from 'stream';

export interface ChildServer {
  siteUrl: string;
  /** The server process's pid. */
  pid: number;
  /** Resident memory (MB) of the process running the server. */
  rssMb(): number | undefined;
  stop(): Promise<void>;
}

/** VmRSS of one process in MB, or undefined once it has gone. */
function vmRssMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts `node --import tsx local/server/main.ts` with PORT=0 and a temporary DATA_DIR and
 * waits for its "ready" line.
 *
 * @param root - Repository root.
 * @returns The running server.
 */
export async function startChildServer(root: string): Promise<ChildServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'idm-soak-'));
  // Node itself runs the server (tsx only as a loader), so the child's pid is the
  // server's: the tsx launcher would put the server one process further down,
  // beside tsx's esbuild service, and reading the wrong one's memory is easy.
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, ['--import', 'tsx', 'local/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LIST_VIEW_THRESHOLD: '5000' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const siteUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The child server did not start in 30 s. ${stderr}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /Local SharePoint ready at (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The child server exited (${code}) before it was ready. ${stderr}`));
    });
  });
  const pid = child.pid ?? -1;
  return {
    siteUrl,
    pid,
    rssMb: () => vmRssMb(pid),
    stop: async () => {
      // main.ts closes the server (finishing in-flight writes) and exits.
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/**
 * Samples a reading every `everyMs` until stopped; returns the largest.
 *
 * @param read - The reading (undefined readings are skipped).
 * @param everyMs - Interval.
 * @returns A stop function giving the maximum seen.
 */
export function sampleMax(read: () => number | undefined, everyMs = 250): () => number {
  let max = read() ?? 0;
  const timer = setInterval(() => {
    max = Math.max(max, read() ?? 0);
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(max, read() ?? 0);
  };
}
