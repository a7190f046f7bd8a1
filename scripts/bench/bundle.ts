/**
 * The web part's JavaScript as SharePoint receives it, inside the .sppkg.
 * The ship build runs first when the package is missing or older than src/,
 * so the figure is never taken from a stale bundle.
 */
import { spawn } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { SPPKG_PATH, readPackage } from '../packageContents';
import { progress } from './stats';

export interface BundleFigures {
  /** The entry bundle every page with the web part loads. */
  minBytes: number;
  gzipBytes: number;
  files: string[];
  /** Chunks loaded only where needed (the icon map, where the host has not registered it). */
  onDemandMinBytes: number;
  onDemandGzipBytes: number;
  /** Each on-demand chunk on its own (export writers, icon map, libraries webpack split off them). */
  chunks: { name: string; minBytes: number; gzipBytes: number }[];
  /** Whether this run built the package, and why. */
  source: string;
}

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** `npm run build`, quietly: its output is shown only if it fails. */
function shipBuild(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      // The tail is enough to see why a build failed.
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code}):\n${output}`))));
  });
}

/**
 * Measures the web part bundle, building the .sppkg first when needed.
 *
 * @param root - The repository root.
 * @returns Sizes and where they came from.
 */
export async function measureBundle(root: string): Promise<BundleFigures> {
  const pkg = join(root, SPPKG_PATH);
  let source: string;
  if (!existsSync(pkg)) {
    source = 'built by this run (no .sppkg was present)';
  } else if (statSync(pkg).mtimeMs < newestMtime(join(root, 'src'))) {
    source = 'built by this run (the .sppkg was older than src/)';
  } else {
    source = 'existing .sppkg (newer than every file in src/)';
  }
  if (source.startsWith('built')) {
    progress(`Bundle: running npm run build ${source.slice('built by this run '.length)}…`);
    const started = performance.now();
    await shipBuild(root);
    progress(`Bundle: ship build took ${Math.round((performance.now() - started) / 1000)} s`);
  } else {
    progress(`Bundle: using the ${source}`);
  }
  const facts = await readPackage(pkg);
  if (facts.bundle.files.length === 0) {
    throw new Error(`No web part JavaScript was found in ${SPPKG_PATH}.`);
  }
  return {
    minBytes: facts.bundle.minBytes,
    gzipBytes: facts.bundle.gzipBytes,
    files: facts.bundle.files,
    onDemandMinBytes: facts.onDemand.minBytes,
    onDemandGzipBytes: facts.onDemand.gzipBytes,
    chunks: facts.chunks.map(({ name, minBytes, gzipBytes }) => ({ name, minBytes, gzipBytes })),
    source
  };
}
