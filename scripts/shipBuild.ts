/**
 * The ship build on demand: `npm run build` when the .sppkg is missing or older
 * than anything it is built from, so nothing measures or runs a stale bundle.
 * Used by the benchmarks (bundle size) and the browser journeys (the SPFx workbench).
 */
import { spawn } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { SPPKG_PATH } from './packageContents';

/** What the .sppkg is built from (besides node_modules). */
const BUILD_INPUTS = ['src', 'config', 'teams'];

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
function runShipBuild(root: string): Promise<void> {
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

/** Why the .sppkg needs building, or undefined when it is newer than every input. */
export function staleReason(root: string): string | undefined {
  const pkg = join(root, SPPKG_PATH);
  if (!existsSync(pkg)) {
    return 'no .sppkg was present';
  }
  const built = statSync(pkg).mtimeMs;
  const newer = BUILD_INPUTS.find((dir) => existsSync(join(root, dir)) && newestMtime(join(root, dir)) > built);
  return newer === undefined ? undefined : `the .sppkg was older than ${newer}/`;
}

/**
 * Runs the ship build when the .sppkg is missing or stale.
 *
 * @param root - The repository root.
 * @param progress - Where to say what is happening.
 * @returns Where the package came from, in words.
 */
export async function ensureShipBuild(root: string, progress: (message: string) => void): Promise<string> {
  const reason = staleReason(root);
  if (reason === undefined) {
    return `existing .sppkg (newer than every file in ${BUILD_INPUTS.join('/, ')}/)`;
  }
  progress(`Running npm run build (${reason})…`);
  const started = performance.now();
  await runShipBuild(root);
  progress(`Ship build took ${Math.round((performance.now() - started) / 1000)} s`);
  return `built by this run (${reason})`;
}
