import { readFileSync } from 'fs';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';

export const SPPKG_PATH = 'sharepoint/solution/imaging-duty-mapping.sppkg';
export const WEB_PART_ID = '8e03de00-afa2-4c97-b0ae-eaebf6d78dc2';

export interface PackageFacts {
  supportedHosts: string[];
  icons: { name: string; width: number; height: number }[];
  /** The web part's entry bundle: what every page with the web part loads (loc strings apart). */
  bundle: JsSize;
  /** Chunks loaded only on demand (the icon map in a host that lacks it, the export writers). */
  onDemand: JsSize;
  /** The same chunks one by one, named as webpack named them (e.g. "export-docx", or a number for a library split off). */
  chunks: ({ name: string } & JsSize)[];
}

export interface JsSize {
  files: string[];
  minBytes: number;
  gzipBytes: number;
}

async function sizeOf(zip: JSZip, files: string[]): Promise<JsSize> {
  const contents = await Promise.all(files.map((name) => zip.file(name)!.async('nodebuffer')));
  // Each file is fetched and compressed on its own, so gzip them one by one.
  return {
    files,
    minBytes: contents.reduce((sum, bytes) => sum + bytes.length, 0),
    gzipBytes: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0)
  };
}

function decodeXmlAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('latin1', 1, 4) !== 'PNG') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Reads what SharePoint will see in the .sppkg: the web part manifest, the Teams icons and the bundle. */
export async function readPackage(path: string = SPPKG_PATH): Promise<PackageFacts> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files);

  const manifestName = names.find((name) => name.endsWith(`WebPart_${WEB_PART_ID}.xml`));
  if (!manifestName) {
    throw new Error(`The package has no web part manifest for ${WEB_PART_ID}.`);
  }
  const xml = await zip.file(manifestName)!.async('string');
  const attribute = /ComponentManifest="([^"]*)"/.exec(xml);
  if (!attribute) {
    throw new Error(`${manifestName} has no ComponentManifest.`);
  }
  const manifest = JSON.parse(decodeXmlAttribute(attribute[1])) as { supportedHosts?: string[] };

  const icons = await Promise.all(
    names
      .filter((name) => name.endsWith('_color.png') || name.endsWith('_outline.png'))
      .map(async (name) => ({ name, ...pngSize(await zip.file(name)!.async('nodebuffer')) }))
  );

  const entryFiles = names.filter((name) => /ClientSideAssets\/imaging-duty-mapping-web-part_[0-9a-f]+\.js$/.test(name));
  const chunkFiles = names.filter((name) => /ClientSideAssets\/chunk\.[\w.-]+\.js$/.test(name));

  return {
    supportedHosts: manifest.supportedHosts ?? [],
    icons,
    bundle: await sizeOf(zip, entryFiles),
    onDemand: await sizeOf(zip, chunkFiles),
    chunks: await Promise.all(
      chunkFiles.map(async (file) => ({ name: /chunk\.([\w.-]+?)_[0-9a-f]+\.js$/.exec(file)?.[1] ?? file, ...(await sizeOf(zip, [file])) }))
    )
  };
}
