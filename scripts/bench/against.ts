/**
 * `npm run bench -- --against <commit>`: the render and request figures of
 * the working tree and of an earlier commit, measured in the same run on the
 * same machine, so a slower machine or a busy moment shows in both.
 *
 * The other commit is checked out in a separate git worktree (node_modules
 * symlinked to this checkout's), and each side gets its own child process
 * (scripts/bench/siteChild.ts) that builds that side's local page and serves
 * it from that side's own local server. Loads then alternate between the two
 * in ABBA order (A B B A A B …), after a warm-up load of each, so drift in
 * the machine's load falls on both sides evenly.
 */
import { spawn, execFileSync } from 'child_process';
import type { ChildProcessByStdio } from 'child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Readable } from 'stream';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { loadOnce } from './render';
import type { LoadFigures } from './render';
import { SITE_LINE } from './siteChild';
import { median, progress, round } from './stats';

/** A side's served site. */
interface SideSite {
  url: string;
  siteUrl: string;
  mappingId: number;
}

interface RunningSide extends SideSite {
  stop(): Promise<void>;
}

/** Medians of one side's loads. */
export interface SideFigures {
  label: string;
  commit: string;
  cards: MedianLoad;
  /** Undefined where that commit has no table view (it came after 28 November). */
  table?: MedianLoad;
}

export type MedianLoad = Omit<LoadFigures, 'startMark'>;

export interface AgainstFigures {
  runs: number;
  order: string;
  current: SideFigures;
  against: SideFigures;
  /** current ÷ against for every figure both have (below 1: the working tree is faster or asks less). */
  ratios: Record<string, number>;
  /** The measures the issue sets: cards and table no slower than the earlier commit; a keystroke within one frame. */
  targets: Record<string, { target: string; met: boolean }>;
}

const FIGURES: (keyof MedianLoad)[] = ['firstMs', 'fromDataMs', 'navigationMs', 'editMs', 'editCpuMs', 'requestsToRender', 'requestsToIdle'];
const FRAME_MS = 16;

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

/**
 * Checks `commit` out in a new worktree under the system's temporary folder,
 * with node_modules symlinked to this checkout's.
 *
 * @returns The worktree's path and a function that removes it.
 */
export function addWorktree(root: string, commit: string): { path: string; sha: string; remove(): void } {
  const sha = git(root, ['rev-parse', '--verify', `${commit}^{commit}`]);
  const path = join(mkdtempSync(join(tmpdir(), 'idm-bench-against-')), sha.slice(0, 12));
  git(root, ['worktree', 'add', '--detach', path, sha]);
  symlinkSync(join(root, 'node_modules'), join(path, 'node_modules'), 'dir');
  return {
    path,
    sha,
    remove: () => {
      try {
        git(root, ['worktree', 'remove', '--force', path]);
      } finally {
        rmSync(join(path, '..'), { recursive: true, force: true });
      }
    }
  };
}

/** Starts siteChild.ts for one checkout and waits for its site line. */
function startSide(root: string, checkout: string, name: string): Promise<RunningSide> {
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'siteChild.ts'), checkout], {
    cwd: checkout,
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<RunningSide>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`The ${name} site did not start in 10 minutes. ${stderr}`));
    }, 600_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith(SITE_LINE));
      if (line !== undefined) {
        clearTimeout(timer);
        const site = JSON.parse(line.slice(SITE_LINE.length)) as SideSite;
        resolve({
          ...site,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          }
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The ${name} site exited (${code}) before it was ready. ${stderr}`));
    });
  });
}

/** Whether a checkout's views leave the table marks (the table view came after 28 November). */
function hasTableView(checkout: string): boolean {
  try {
    git(checkout, ['grep', '-q', '-e', 'idm-table-rendered', '-e', "'idm-table'", '--', 'src']);
    return true;
  } catch {
    return false;
  }
}

/**
 * One load, tried up to three times: on a machine shared with other work a
 * keystroke can land while the page is still settling and leave no edit mark.
 * A failed load is reported, never silently dropped.
 */
async function load(browser: Browser, s: SideSite, view: 'cards' | 'table', name: string): Promise<LoadFigures> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await loadOnce(browser, s.url, s.siteUrl, s.mappingId, view);
    } catch (error) {
      if (attempt >= 3) {
        throw error;
      }
      progress(`  ${name} ${view}: a load failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); trying again`);
    }
  }
}

function medians(loads: LoadFigures[]): MedianLoad {
  const out = {} as MedianLoad;
  for (const key of FIGURES) {
    out[key] = round(median(loads.map((l) => l[key])));
  }
  return out;
}

/**
 * Measures both sides ABBA.
 *
 * @param root - This checkout.
 * @param commit - The earlier commit (any revision git understands).
 * @param runs - Timed loads per side and view.
 * @returns Both sides' medians and their ratios.
 */
export async function measureAgainst(root: string, commit: string, runs: number): Promise<AgainstFigures> {
  const worktree = addWorktree(root, commit);
  progress(`Against: ${commit} (${worktree.sha.slice(0, 12)}) checked out in ${worktree.path}`);
  const sides: RunningSide[] = [];
  try {
    // One at a time: each builds a page with vite, which would only fight the other for the CPU.
    progress('Against: building and serving the working tree');
    sides.push(await startSide(root, root, 'working tree'));
    progress(`Against: building and serving ${commit}`);
    sides.push(await startSide(root, worktree.path, commit));
    const tables = [hasTableView(root), hasTableView(worktree.path)];
    const loads: { cards: LoadFigures[]; table: LoadFigures[] }[] = [
      { cards: [], table: [] },
      { cards: [], table: [] }
    ];
    const browser = await launchBrowser();
    try {
      // Warm-up (index -1) then ABBA: 0 1 1 0 0 1 1 0 …
      for (let run = -1; run < runs * 2; run += 1) {
        const pair = run < 0 ? [0, 1] : Math.floor(run / 2) % 2 === 0 ? [0, 1] : [1, 0];
        const side = run < 0 ? null : pair[run % 2];
        for (const index of side === null ? pair : [side]) {
          const s = sides[index];
          const name = index === 0 ? 'working tree' : commit;
          const card = await load(browser, s, 'cards', name);
          const table = tables[index] ? await load(browser, s, 'table', name) : undefined;
          if (run >= 0) {
            loads[index].cards.push(card);
            if (table !== undefined) {
              loads[index].table.push(table);
            }
          }
        }
        if (run >= 0 && run % 4 === 3) {
          progress(`  against: ${(run + 1) / 2} of ${runs} loads per side done`);
        }
      }
    } finally {
      await browser.close();
    }
    const side = (index: number, label: string, sha: string): SideFigures => ({
      label,
      commit: sha,
      cards: medians(loads[index].cards),
      table: loads[index].table.length > 0 ? medians(loads[index].table) : undefined
    });
    const current = side(0, 'working tree', git(root, ['rev-parse', 'HEAD']) + (git(root, ['status', '--porcelain', '--', 'src', 'local']) === '' ? '' : ' (+ uncommitted changes)'));
    const against = side(1, commit, worktree.sha);
    for (const [index, s] of [current, against].entries()) {
      progress(`  ${s.label}: card first ${loads[index].cards.map((l) => round(l.firstMs)).join(', ')}; card edit ${loads[index].cards.map((l) => round(l.editMs)).join(', ')}; card edit CPU ${loads[index].cards.map((l) => round(l.editCpuMs)).join(', ')}`);
      if (loads[index].table.length > 0) {
        progress(`  ${s.label}: table first ${loads[index].table.map((l) => round(l.firstMs)).join(', ')}; table edit ${loads[index].table.map((l) => round(l.editMs)).join(', ')}; table edit CPU ${loads[index].table.map((l) => round(l.editCpuMs)).join(', ')}`);
      }
    }
    return { runs, order: 'ABBA after one warm-up load of each', current, against, ...compare(current, against) };
  } finally {
    for (const s of sides) {
      await s.stop();
    }
    worktree.remove();
  }
}

/** Ratios and targets. An earlier commit without a table view is compared on its cards, the only view it had. */
function compare(current: SideFigures, against: SideFigures): Pick<AgainstFigures, 'ratios' | 'targets'> {
  const ratio = (a: number, b: number): number => (b > 0 ? round(a / b, 2) : Number.NaN);
  const ratios: Record<string, number> = {};
  const againstTable = against.table ?? against.cards;
  for (const key of FIGURES) {
    ratios[`cards.${key}`] = ratio(current.cards[key], against.cards[key]);
    if (current.table !== undefined) {
      ratios[`table.${key}`] = ratio(current.table[key], againstTable[key]);
    }
  }
  const base = against.table === undefined ? `${against.label}'s cards (it has no table view)` : against.label;
  const targets: AgainstFigures['targets'] = {
    cardsFirst: { target: `cards first render ≤ ${against.label}`, met: current.cards.firstMs <= against.cards.firstMs },
    cardsEdit: { target: `cards keystroke re-render ≤ ${against.label} and < ${FRAME_MS} ms`, met: current.cards.editMs <= against.cards.editMs && current.cards.editMs < FRAME_MS }
  };
  if (current.table !== undefined) {
    targets.tableFirst = { target: `table first render ≤ ${base}`, met: current.table.firstMs <= againstTable.firstMs };
    targets.tableEdit = { target: `table keystroke re-render ≤ ${base} and < ${FRAME_MS} ms`, met: current.table.editMs <= againstTable.editMs && current.table.editMs < FRAME_MS };
  }
  return { ratios, targets };
}

/** The side-by-side table people read. */
export function printAgainst(figures: AgainstFigures): void {
  const { current, against } = figures;
  const rows: [string, number | undefined, number | undefined, number | undefined][] = [];
  const againstTable = against.table ?? against.cards;
  for (const key of FIGURES) {
    rows.push([`cards ${key}`, current.cards[key], against.cards[key], figures.ratios[`cards.${key}`]]);
  }
  if (current.table !== undefined) {
    for (const key of FIGURES) {
      rows.push([`table ${key}${against.table === undefined ? ' (vs its cards)' : ''}`, current.table[key], againstTable[key], figures.ratios[`table.${key}`]]);
    }
  }
  console.log(`\nSide by side, ${figures.runs} loads each (${figures.order}); medians`);
  console.log(`  ${'measure'.padEnd(36)}${'working tree'.padStart(14)}${against.label.slice(0, 12).padStart(14)}${'ratio'.padStart(8)}`);
  for (const [name, a, b, r] of rows) {
    console.log(`  ${name.padEnd(36)}${String(a ?? '–').padStart(14)}${String(b ?? '–').padStart(14)}${String(r ?? '–').padStart(8)}`);
  }
  for (const t of Object.values(figures.targets)) {
    console.log(`  ${t.met ? '✓' : '✗'} ${t.target}`);
  }
}
