import { deepFreeze } from './deepFreeze';
import type { MappingEntry } from './mapping';
import type { DutyStatus, FoundIn } from './status';

/**
 * How a value should look. Components map tones to theme colours; the label
 * and icon always go with the colour, so nothing is told by colour alone.
 */
export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'muted';

/** One word of a vocabulary (a status, a "found in" answer) as shown to people. */
export interface VocabularyItem<K extends string> {
  key: K;
  /** Short label, British English. */
  label: string;
  /** One plain-English sentence saying when to choose it. */
  description: string;
  /** Fluent UI v8 (MDL2) icon name. */
  iconName: string;
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
  {
    key: 'notReviewed',
    label: 'Not yet reviewed',
    description: 'The team has not looked at this duty yet.',
    iconName: 'CircleRing',
    tone: 'neutral'
  },
  {
    key: 'inPlace',
    label: 'In place',
    description: 'Assistant practitioners in this team already do this fully.',
    iconName: 'CompletedSolid',
    tone: 'success'
  },
  {
    key: 'partlyInPlace',
    label: 'Partly in place',
    description: 'Assistant practitioners do some of this, or only some of them do it.',
    iconName: 'CircleHalfFull',
    tone: 'warning'
  },
  {
    key: 'gap',
    label: 'Gap',
    description: 'Assistant practitioners do not do this yet; record what will be done about it.',
    iconName: 'WarningSolid',
    tone: 'danger'
  },
  {
    key: 'notApplicable',
    label: 'Not applicable',
    description: 'This duty does not apply to this team, for example a modality the service does not offer.',
    iconName: 'Blocked2',
    tone: 'muted'
  }
]);

/** Every answer to "where is this duty found?", in the order they are offered. */
export const FOUND_IN_OPTIONS: readonly FoundInInfo[] = deepFreeze([
  {
    key: 'notMapped',
    label: 'Not yet mapped',
    description: 'The team has not checked the job description or person specification for this duty yet.',
    iconName: 'StatusCircleQuestionMark',
    tone: 'neutral'
  },
  {
    key: 'jd',
    label: 'JD',
    description: 'The job description covers this duty.',
    iconName: 'TextDocument',
    tone: 'success'
  },
  {
    key: 'ps',
    label: 'PS',
    description: 'The person specification covers this duty.',
    iconName: 'ContactCard',
    tone: 'success'
  },
  {
    key: 'jdAndPs',
    label: 'JD and PS',
    description: 'Both the job description and the person specification cover this duty.',
    iconName: 'DocumentSet',
    tone: 'success'
  },
  {
    key: 'neither',
    label: 'Neither',
    description: 'Neither the job description nor the person specification mentions this duty.',
    iconName: 'Remove',
    tone: 'warning'
  }
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
 * Label, description, icon and tone of a duty status.
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
 * Label, description, icon and tone of a "found in" answer.
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
 * @returns True for "Gap" and "Partly in place".
 */
export function needsAction(status: DutyStatus): boolean {
  return status === 'gap' || status === 'partlyInPlace';
}

/**
 * Whether the duty is found in the job description, the person specification or both.
 *
 * @param foundIn - A "found in" answer.
 * @returns True for "JD", "PS" and "JD and PS".
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
