/**
 * CI's last step: the shipped .sppkg must hold the web part for all three
 * hosts and the Teams icons at the sizes Teams requires.
 */
import { existsSync } from 'fs';
import { readPackage, WEB_PART_ID } from './packageContents';
import { TEAMS_ZIP_PATH } from './teamsAppPackage';

/** The web part's entry bundle budget (gzipped): heavy libraries and seldom-used screens load on demand. */
const ENTRY_BUDGET_GZIP_BYTES = 200_000;
const REQUIRED_HOSTS = ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp'];
const REQUIRED_ICONS: Record<string, number> = {
  [`${WEB_PART_ID}_color.png`]: 192,
  [`${WEB_PART_ID}_outline.png`]: 32
};

async function main(): Promise<void> {
  const facts = await readPackage();
  const problems: string[] = [];

  for (const host of REQUIRED_HOSTS) {
    if (!facts.supportedHosts.includes(host)) {
      problems.push(`The web part manifest does not list the host ${host}.`);
    }
  }
  for (const [icon, size] of Object.entries(REQUIRED_ICONS)) {
    const found = facts.icons.find((candidate) => candidate.name.endsWith(icon));
    if (!found) {
      problems.push(`The Teams icon ${icon} is missing.`);
    } else if (found.width !== size || found.height !== size) {
      problems.push(`The Teams icon ${icon} is ${found.width}x${found.height}; Teams needs ${size}x${size}.`);
    }
  }
  if (!existsSync(TEAMS_ZIP_PATH)) {
    problems.push(`The Teams app package ${TEAMS_ZIP_PATH} was not built.`);
  }
  if (facts.bundle.gzipBytes > ENTRY_BUDGET_GZIP_BYTES) {
    problems.push(`The entry bundle is ${facts.bundle.gzipBytes} bytes gzipped, over its ${ENTRY_BUDGET_GZIP_BYTES}-byte budget: load more on demand.`);
  }
  if (facts.bundle.files.length === 0) {
    problems.push('The package holds no web part bundle.');
  }

  console.log(`Hosts: ${facts.supportedHosts.join(', ')}`);
  console.log(`Icons: ${facts.icons.map((icon) => `${icon.name} (${icon.width}x${icon.height})`).join(', ')}`);
  console.log(`Web part JavaScript: ${facts.bundle.minBytes} bytes minified, ${facts.bundle.gzipBytes} bytes gzipped (entry bundle)`);
  console.log(`On demand: ${facts.onDemand.minBytes} bytes minified, ${facts.onDemand.gzipBytes} bytes gzipped (${facts.onDemand.files.join(', ') || 'none'})`);

  if (problems.length > 0) {
    problems.forEach((problem) => console.error(`FAIL: ${problem}`));
    process.exit(1);
  }
  console.log('Package check passed.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
