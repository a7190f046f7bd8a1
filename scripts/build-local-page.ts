/** Builds the local page (as `npm start` does) for the browser journeys and benchmarks. */
import { buildLocalPage } from '../local/buildPage';

buildLocalPage().then(
  (dir) => console.log(`Built the local page in ${dir}`),
  (error: unknown) => {
    console.error('Could not build the local page:', error instanceof Error ? error.message : error);
    process.exit(1);
  }
);
