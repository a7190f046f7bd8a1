import { cpSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { build } from 'vite';
import { localPageConfig } from './page/vite.config';

/** Where the built local page goes (git-ignored). */
export const PAGE_OUT_DIR = resolve(__dirname, '..', '.local-build', 'page');

/**
 * Bundles the local page (the same React root as the web part) for production
 * and copies Fluent's icon fonts beside it: SharePoint serves those fonts from
 * its CDN, which a machine with no tenant cannot reach.
 */
export async function buildLocalPage(outDir: string = PAGE_OUT_DIR): Promise<string> {
  await build(localPageConfig(outDir));
  // The package's exports hide package.json; its main entry sits in lib-commonjs/.
  const fontsPackage = dirname(dirname(require.resolve('@fluentui/font-icons-mdl2')));
  cpSync(join(fontsPackage, 'fonts'), join(outDir, 'fonts'), { recursive: true });
  return outDir;
}
