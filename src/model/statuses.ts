import { deepFreeze } from './deepFreeze';
import type { MappingEntry } from './mapping';
import type { DutyStatus, FoundIn } from './status';

/**
 * How a value should look. Components map tones to theme colours; the label
 * and icon (src/wording/vocabulary.ts) always go with the colour, so nothing
 * is told by colour alone.
 */
export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'muted';

/** One word of a vocabulary (a status, a "found in" answer): its stored key and its tone. Words and icons are the app's. */
export interface VocabularyItem<K extends string> {
  key: K;
  tone: Tone;
}

export type DutyStatusInfo = VocabularyItem<DutyStatus>;
export type FoundInInfo = VocabularyItem<FoundIn>;

/** A duty's status before the team has looked at it. */
export const DEFAULT_STATUS: DutyStatus = 'notReviewed';

/** Where a duty is found before the team has looked at it. */
export const DEFAULT_FOUND_IN: FoundIn = 'notMapped';

/** Every duty status, in the order they are offered and counted. */
export const DUTY_STATUSES: readonly DutyStatusInfo[] = deepFreeze([
  { key: 'notReviewed', tone: 'neutral' },
  { key: 'inPlace', tone: 'success' },
  { key: 'partlyInPlace', tone: 'warning' },
  { key: 'gap', tone: 'danger' },
  { key: 'notApplicable', tone: 'muted' }
]);

/** Every answer to "where is this duty found?", in the order they are offered. */
export const FOUND_IN_OPTIONS: readonly FoundInInfo[] = deepFreeze([
  { key: 'notMapped', tone: 'neutral' },
  { key: 'jd', tone: 'success' },
  { key: 'ps', tone: 'success' },
  { key: 'jdAndPs', tone: 'success' },
  { key: 'neither', tone: 'warning' }
]);

const STATUS_BY_KEY = new Map<string, DutyStatusInfo>(DUTY_STATUSES.map((s) => [s.key, s]));
const FOUND_IN_BY_KEY = new Map<string, FoundInInfo>(FOUND_IN_OPTIONS.map((f) => [f.key, f]));

/**
 * Tells whether a value (for example one read from a list item) is a known duty status.
 *
 * @param value - Any value.
 * @returns True when it is one of {@link DUTY_STATUSES}' keys.
 */
export function isDutyStatus(value: unknown): value is DutyStatus {
  return typeof value === 'string' && STATUS_BY_KEY.has(value);
}

/**
 * Tells whether a value is a known "found in" answer.
 *
 * @param value - Any value.
 * @returns True when it is one of {@link FOUND_IN_OPTIONS}' keys.
 */
export function isFoundIn(value: unknown): value is FoundIn {
  return typeof value === 'string' && FOUND_IN_BY_KEY.has(value);
}

/**
 * The key and tone of a duty status.
 *
 * @param status - A duty status.
 * @returns Its vocabulary entry.
 */
export function statusInfo(status: DutyStatus): DutyStatusInfo {
  const info = STATUS_BY_KEY.get(status);
  if (!info) {
    throw new RangeError(`"${String(status)}" is not a duty status.`);
  }
  return info;
}

/**
 * The key and tone of a "found in" answer.
 *
 * @param foundIn - A "found in" answer.
 * @returns Its vocabulary entry.
 */
export function foundInInfo(foundIn: FoundIn): FoundInInfo {
  const info = FOUND_IN_BY_KEY.get(foundIn);
  if (!info) {
    throw new RangeError(`"${String(foundIn)}" is not a "found in" answer.`);
  }
  return info;
}

/**
 * Whether the duty is one the team should act on and may record an action for.
 *
 * @param status - A duty status.
 * @returns True for gap and partly in place.
 */
export function needsAction(status: DutyStatus): boolean {
  return status === 'gap' || status === 'partlyInPlace';
}

/**
 * Whether the duty is found in the job description, the person specification or both.
 *
 * @param foundIn - A "found in" answer.
 * @returns True for jd, ps and jdAndPs.
 */
export function isDocumented(foundIn: FoundIn): boolean {
  return foundIn === 'jd' || foundIn === 'ps' || foundIn === 'jdAndPs';
}

/**
 * The entry of a duty nobody has looked at yet.
 *
 * @param dutyId - Id of a top-level duty.
 * @returns A new entry: not yet mapped, not yet reviewed, no reference, comments or action.
 */
export function emptyEntry(dutyId: string): MappingEntry {
  return { dutyId, foundIn: DEFAULT_FOUND_IN, reference: '', comments: '', status: DEFAULT_STATUS };
}
