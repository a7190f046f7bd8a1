import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { FrameworkSummary } from '../services/frameworks';
import { formatDate, formatText, formatTime } from './format';

/**
 * How people tell frameworks apart: the role and band when the framework has
 * them (one framework per role), otherwise its title.
 *
 * @param framework - A framework or its summary.
 * @returns e.g. "Assistant Practitioner (indicative AfC Band 4)".
 */
export function frameworkName(framework: Pick<FrameworkSummary, 'title' | 'role' | 'band'>): string {
  if (framework.role && framework.band) {
    return formatText(strings.CommonFrameworkRoleBand, framework.role, framework.band);
  }
  return framework.role ?? framework.title;
}

/**
 * The framework a mapping uses, for the chooser's card.
 *
 * @param frameworks - The site's frameworks, when loaded.
 * @param frameworkId - The mapping's framework id.
 * @param version - The mapping's framework version.
 * @returns e.g. "Assistant Practitioner (indicative AfC Band 4), version 2".
 */
export function mappingFrameworkLabel(frameworks: readonly FrameworkSummary[] | undefined, frameworkId: string, version: number): string {
  const found = frameworks?.find((framework) => framework.id.toLowerCase() === frameworkId.toLowerCase());
  return formatText(strings.CommonFrameworkNameWithVersion, found ? frameworkName(found) : frameworkId, version);
}

/**
 * A moment as date and time, e.g. "05/01/2026 10:00".
 *
 * @param iso - An ISO timestamp.
 * @returns The text, or '' when the timestamp cannot be read.
 */
export function formatWhen(iso: string | undefined): string {
  const date = iso ? new Date(iso) : undefined;
  return date && !Number.isNaN(date.getTime()) ? `${formatDate(date)} ${formatTime(date)}` : '';
}
