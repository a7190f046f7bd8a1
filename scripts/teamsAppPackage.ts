import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';

export const TEAMS_DIR = join(__dirname, '..', 'teams');
export const TEAMS_ZIP_PATH = join(__dirname, '..', 'sharepoint', 'solution', 'imaging-duty-mapping-teams.zip');

export interface TeamsManifest {
  manifestVersion: string;
  icons: { color: string; outline: string };
  [key: string]: unknown;
}

/** The custom Teams manifest as committed in teams/. */
export function readTeamsManifest(): TeamsManifest {
  return JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8')) as TeamsManifest;
}

/** The Teams app package: manifest.json and the two icons it names, at the zip's root as Teams requires. */
export async function buildTeamsAppZip(): Promise<Buffer> {
  const manifest = readTeamsManifest();
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, readFileSync(join(TEAMS_DIR, icon)));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
