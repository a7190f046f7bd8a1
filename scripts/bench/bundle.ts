/**
 * The web part's JavaScript as SharePoint receives it, inside the .sppkg.
 * The ship build runs first when the package is missing or older than src/,
 * so the figure is never taken from a stale bundle.
 */
import { join } from 'path';
import { SPPKG_PATH, readPackage } from '../packageContents';
import { ensureShipBuild } from '../shipBuild';
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

/**
 * Measures the web part bundle, building the .sppkg first when needed.
 *
 * @param root - The repository root.
 * @returns Sizes and where they came from.
 */
export async function measureBundle(root: string): Promise<BundleFigures> {
  const pkg = join(root, SPPKG_PATH);
  const source = await ensureShipBuild(root, (message) => progress(`Bundle: ${message}`));
  progress(`Bundle: using the ${source}`);
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
