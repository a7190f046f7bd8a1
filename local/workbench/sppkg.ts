/**
 * Reads the web part out of the .sppkg exactly as SharePoint's app catalog
 * does on deployment: the component manifest from the feature's
 * WebPart_<id>.xml (its ComponentManifest attribute) and the files under
 * ClientSideAssets/, which the catalog serves from its client-side asset
 * library. Nothing is rebuilt.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';

/** The loader configuration of an SPFx component manifest, as far as the workbench reads it. */
export interface ComponentManifest {
  id: string;
  alias: string;
  version: string;
  componentType: string;
  loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    scriptResources: Record<string, ScriptResource>;
  };
  preconfiguredEntries?: { properties?: Record<string, unknown> }[];
  [key: string]: unknown;
}

/** A file, plain or with its integrity hash, as SPFx's manifests write it. */
export type ResourcePath = string | { path: string; integrity?: string };

export interface ScriptResource {
  type: string;
  path?: ResourcePath;
  /** localizedPath resources: the file per locale, and the fallback. */
  paths?: Record<string, ResourcePath>;
  defaultPath?: ResourcePath;
  id?: string;
  version?: string;
}

/** The file names a script resource can load (every locale's, for localized ones). */
export function resourceFiles(resource: ScriptResource): string[] {
  const name = (path: ResourcePath): string => (typeof path === 'string' ? path : path.path);
  const all = [resource.path, resource.defaultPath, ...Object.values(resource.paths ?? {})].filter((path): path is ResourcePath => path !== undefined);
  return [...new Set(all.map(name))];
}

export interface ShippedWebPart {
  /** The .sppkg it came from. */
  packagePath: string;
  manifest: ComponentManifest;
  /** ClientSideAssets/ by file name. */
  assets: Map<string, Buffer>;
}

/** The token the build writes where SharePoint substitutes the asset library's URL. */
export const ASSET_LIBRARY_TOKEN = 'HTTPS://SPCLIENTSIDEASSETLIBRARY/';

function decodeXmlAttribute(value: string): string {
  return value.replace(/&(quot|apos|lt|gt|amp|#(\d+)|#x([0-9a-f]+));/gi, (whole, name: string, dec?: string, hex?: string) => {
    if (dec !== undefined) {
      return String.fromCodePoint(Number(dec));
    }
    if (hex !== undefined) {
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? whole;
  });
}

/** The one .sppkg in `solutionDir`, or undefined when the ship build has not run. */
export function findSppkg(solutionDir: string): string | undefined {
  if (!existsSync(solutionDir)) {
    return undefined;
  }
  const found = readdirSync(solutionDir).filter((name) => name.endsWith('.sppkg'));
  return found.length > 0 ? join(solutionDir, found[0]) : undefined;
}

/**
 * Opens a .sppkg and returns its web part manifest and client-side assets.
 *
 * @param packagePath - Path of the .sppkg.
 * @returns The web part as shipped.
 */
export async function readSppkg(packagePath: string): Promise<ShippedWebPart> {
  const zip = await JSZip.loadAsync(readFileSync(packagePath));
  const featureFiles = Object.keys(zip.files).filter((name) => /\/WebPart_[0-9a-f-]+\.xml$/i.test(name));
  if (featureFiles.length !== 1) {
    throw new Error(`${packagePath} should hold one WebPart_<id>.xml; it holds ${featureFiles.length}.`);
  }
  const xml = await zip.file(featureFiles[0])!.async('string');
  const attribute = /ComponentManifest="([^"]*)"/.exec(xml);
  if (attribute === null) {
    throw new Error(`${featureFiles[0]} in ${packagePath} has no ComponentManifest.`);
  }
  const manifest = JSON.parse(decodeXmlAttribute(attribute[1])) as ComponentManifest;
  const assets = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    const match = /^ClientSideAssets\/([^/]+)$/.exec(name);
    if (match !== null) {
      assets.set(match[1], await zip.file(name)!.async('nodebuffer'));
    }
  }
  return { packagePath, manifest, assets };
}
