import { readFileSync } from 'fs';
import { resolve } from 'path';
import type { InlineConfig, Plugin } from 'vite';

const STRINGS_MODULE = 'ImagingDutyMappingWebPartStrings';
const STRINGS_FILE = resolve(__dirname, '../../src/webparts/imagingDutyMapping/loc/en-us.js');

/** Reads the web part's AMD loc file the way SPFx's loader would. */
function readLocStrings(): Record<string, string> {
  let strings: Record<string, string> = {};
  const define = (_deps: string[], factory: () => Record<string, string>): void => {
    strings = factory();
  };
  new Function('define', readFileSync(STRINGS_FILE, 'utf8'))(define);
  return strings;
}

/**
 * Serves the web part's loc strings as an ES module, so the local page shows
 * exactly the wording the .sppkg ships (SPFx resolves the same name at runtime).
 */
function locStrings(): Plugin {
  const virtualId = '\0' + STRINGS_MODULE;
  return {
    name: 'idm-loc-strings',
    resolveId: (id) => (id === STRINGS_MODULE ? virtualId : null),
    load(id) {
      if (id !== virtualId) return null;
      this.addWatchFile(STRINGS_FILE);
      const strings = readLocStrings();
      const named = Object.keys(strings)
        .map((key) => `export const ${key} = ${JSON.stringify(strings[key])};`)
        .join('\n');
      return `${named}\nexport default ${JSON.stringify(strings)};`;
    }
  };
}

/** Vite config for the local page; `outDir` is set by local/start.ts. */
export function localPageConfig(outDir: string): InlineConfig {
  return {
    root: __dirname,
    configFile: false,
    logLevel: 'warn',
    plugins: [locStrings()],
    // Classic JSX (React.createElement), as the SPFx compile uses.
    esbuild: { jsx: 'transform', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment' },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        onwarn(warning, warn) {
          // Fluent marks some modules "use client" for React server components, which do not apply here.
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        }
      }
    }
  };
}
