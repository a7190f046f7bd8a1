/** `npm run build`'s last step: writes the custom Teams app package beside the .sppkg. */
import { mkdirSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { buildTeamsAppZip, TEAMS_ZIP_PATH } from './teamsAppPackage';

buildTeamsAppZip().then(
  (zip) => {
    mkdirSync(dirname(TEAMS_ZIP_PATH), { recursive: true });
    writeFileSync(TEAMS_ZIP_PATH, zip);
    console.log(`Wrote the Teams app package: ${TEAMS_ZIP_PATH} (${zip.length} bytes)`);
  },
  (error: unknown) => {
    console.error('Could not build the Teams app package:', error instanceof Error ? error.message : error);
    process.exit(1);
  }
);
