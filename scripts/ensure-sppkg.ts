/** Before the browser journeys: the SPFx workbench journey needs a current .sppkg. */
import { resolve } from 'path';
import { ensureShipBuild } from './shipBuild';

ensureShipBuild(resolve(__dirname, '..'), (message) => console.log(message)).then(
  (source) => console.log(`Web part package for the workbench: ${source}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
);
