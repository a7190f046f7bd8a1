/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { buildTeamsAppZip, readTeamsManifest, TEAMS_DIR } from '../../scripts/teamsAppPackage';

const WEB_PART_ID = '8e03de00-afa2-4c97-b0ae-eaebf6d78dc2';

function schemaFor(version: string): object {
  const path = join(
    require.resolve('@microsoft/app-manifest/package.json'),
    '..',
    'build',
    'json-schemas',
    'teams',
    `v${version}`,
    'MicrosoftTeams.schema.json'
  );
  return JSON.parse(readFileSync(path, 'utf8')) as object;
}

function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('custom Teams app manifest', () => {
  const manifest = readTeamsManifest();

  it('is valid against the Teams schema of its own manifestVersion', () => {
    // The Teams schemas are draft-04 and use formats such as uri and email.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schemaFor(manifest.manifestVersion));
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('offers a channel and group chat tab and a personal app that open the web part through SharePoint', () => {
    const configurable = manifest.configurableTabs as { scopes: string[]; configurationUrl: string }[];
    const statics = manifest.staticTabs as { scopes: string[]; contentUrl: string }[];
    expect(configurable[0].scopes).toEqual(expect.arrayContaining(['team', 'groupChat']));
    expect(configurable[0].configurationUrl).toContain('TeamsLogon.aspx?SPFX=true');
    expect(configurable[0].configurationUrl).toContain(`componentId=${WEB_PART_ID}`);
    expect(statics[0].scopes).toEqual(['personal']);
    expect(statics[0].contentUrl).toContain('teamshostedapp.aspx%3Fteams%26personal');
    expect(manifest.validDomains).toEqual(expect.arrayContaining(['*.sharepoint.com', '*.login.microsoftonline.com']));
    expect(manifest.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
  });

  it('is the newest manifest version the schema package ships', () => {
    const versions = readdirSync(join(require.resolve('@microsoft/app-manifest/package.json'), '..', 'build', 'json-schemas', 'teams'))
      .filter((name) => /^v1\.\d+$/.test(name))
      .map((name) => Number(name.slice(3)));
    expect(Number(manifest.manifestVersion.slice(2))).toBe(Math.max(...versions));
  });

  it('zips the manifest with a 192x192 colour icon and a 32x32 outline icon', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsAppZip());
    expect(Object.keys(zip.files).sort()).toEqual(['manifest.json', manifest.icons.color, manifest.icons.outline].sort());
    expect(existsSync(join(TEAMS_DIR, manifest.icons.color))).toBe(true);
    expect(pngSize(await zip.file(manifest.icons.color)!.async('nodebuffer'))).toEqual([192, 192]);
    expect(pngSize(await zip.file(manifest.icons.outline)!.async('nodebuffer'))).toEqual([32, 32]);
  });

  it('keeps the outline icon white on transparent, as Teams requires', async () => {
    const { PNG } = await import('pngjs');
    const png = PNG.sync.read(readFileSync(join(TEAMS_DIR, manifest.icons.outline)));
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      expect(a === 0 || (r === 255 && g === 255 && b === 255)).toBe(true);
    }
  });
});
