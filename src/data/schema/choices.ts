import type { DutyStatus, FoundIn } from '../../model';

/**
 * The values stored in the Status and Found in choice columns. They are the
 * labels people read in SharePoint views, so they are written out here rather
 * than taken from the model's labels: relabelling a status in the app must
 * never orphan the values already stored on every entry. If a label changes
 * in the app, these stay as they are (and tests/data check each status keeps
 * exactly one value).
 */
export const STATUS_CHOICES: Readonly<Record<DutyStatus, string>> = Object.freeze({
  notReviewed: 'Not yet reviewed',
  inPlace: 'In place',
  partlyInPlace: 'Partly in place',
  gap: 'Gap',
  notApplicable: 'Not applicable'
});

/** Stored values of the Found in column. */
export const FOUND_IN_CHOICES: Readonly<Record<FoundIn, string>> = Object.freeze({
  notMapped: 'Not yet mapped',
  jd: 'JD',
  ps: 'PS',
  jdAndPs: 'JD and PS',
  neither: 'Neither'
});

function reverse<K extends string>(map: Readonly<Record<K, string>>): Map<string, K> {
  return new Map((Object.keys(map) as K[]).map((key) => [map[key], key]));
}

const STATUS_BY_CHOICE = reverse(STATUS_CHOICES);
const FOUND_IN_BY_CHOICE = reverse(FOUND_IN_CHOICES);

/**
 * Reads a Status column value.
 *
 * @param value - The stored value (any type, as read from the item).
 * @returns The status, or undefined when the value is blank or unknown (an owner added a choice).
 */
export function statusFromChoice(value: unknown): DutyStatus | undefined {
  return typeof value === 'string' ? STATUS_BY_CHOICE.get(value) : undefined;
}

/**
 * Reads a Found in column value.
 *
 * @param value - The stored value.
 * @returns The answer, or undefined when blank or unknown.
 */
export function foundInFromChoice(value: unknown): FoundIn | undefined {
  return typeof value === 'string' ? FOUND_IN_BY_CHOICE.get(value) : undefined;
}
