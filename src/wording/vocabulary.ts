/**
 * How statuses and "found in" answers are shown: label, one-sentence
 * description and Fluent UI v8 (MDL2) icon for each key the model defines.
 * The model keeps keys and tones; words and icons are presentation and live here.
 */
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { DUTY_STATUSES, FOUND_IN_OPTIONS, foundInInfo, statusInfo } from '../model';
import type { DutyStatus, FoundIn, Tone } from '../model';

/** One vocabulary word as shown to people. */
export interface VocabularyWord<K extends string> {
  key: K;
  /** Short label, British English. */
  label: string;
  /** One plain-English sentence saying when to choose it. */
  description: string;
  /** Fluent UI v8 (MDL2) icon name. */
  iconName: string;
  tone: Tone;
}

interface Presentation {
  label: () => string;
  description: () => string;
  iconName: string;
}

/** Icons and words per status; the icons also appear in the SharePoint views (src/data/schema/formatting.ts, checked by a test). */
export const STATUS_PRESENTATION: Readonly<Record<DutyStatus, Presentation>> = {
  notReviewed: { label: () => strings.CommonStatusNotReviewed, description: () => strings.CommonStatusNotReviewedDescription, iconName: 'CircleRing' },
  inPlace: { label: () => strings.CommonStatusInPlace, description: () => strings.CommonStatusInPlaceDescription, iconName: 'CompletedSolid' },
  partlyInPlace: {
    label: () => strings.CommonStatusPartlyInPlace,
    description: () => strings.CommonStatusPartlyInPlaceDescription,
    iconName: 'CircleHalfFull'
  },
  gap: { label: () => strings.CommonStatusGap, description: () => strings.CommonStatusGapDescription, iconName: 'WarningSolid' },
  notApplicable: { label: () => strings.CommonStatusNotApplicable, description: () => strings.CommonStatusNotApplicableDescription, iconName: 'Blocked2' }
};

const FOUND_IN_PRESENTATION: Readonly<Record<FoundIn, Presentation>> = {
  notMapped: { label: () => strings.CommonFoundInNotMapped, description: () => strings.CommonFoundInNotMappedDescription, iconName: 'StatusCircleQuestionMark' },
  jd: { label: () => strings.CommonFoundInJd, description: () => strings.CommonFoundInJdDescription, iconName: 'TextDocument' },
  ps: { label: () => strings.CommonFoundInPs, description: () => strings.CommonFoundInPsDescription, iconName: 'ContactCard' },
  jdAndPs: { label: () => strings.CommonFoundInJdAndPs, description: () => strings.CommonFoundInJdAndPsDescription, iconName: 'DocumentSet' },
  neither: { label: () => strings.CommonFoundInNeither, description: () => strings.CommonFoundInNeitherDescription, iconName: 'Remove' }
};

function word<K extends string>(key: K, tone: Tone, presentation: Presentation): VocabularyWord<K> {
  return { key, tone, label: presentation.label(), description: presentation.description(), iconName: presentation.iconName };
}

// Built once: loc strings do not change while the page is open, and the same arrays
// keep memoised dropdowns (one per duty) from rebuilding their options on every render.
let statusCache: readonly VocabularyWord<DutyStatus>[] | undefined;
let foundInCache: readonly VocabularyWord<FoundIn>[] | undefined;

/**
 * Every duty status as shown, in the model's order.
 *
 * @returns The words (the same array on every call).
 */
export function statusWords(): readonly VocabularyWord<DutyStatus>[] {
  statusCache ??= DUTY_STATUSES.map((status) => word(status.key, status.tone, STATUS_PRESENTATION[status.key]));
  return statusCache;
}

/**
 * A duty status as shown.
 *
 * @param status - A duty status.
 * @returns Its label, description, icon and tone.
 */
export function statusWord(status: DutyStatus): VocabularyWord<DutyStatus> {
  const tone = statusInfo(status).tone;
  return statusWords().find((item) => item.key === status) ?? word(status, tone, STATUS_PRESENTATION[status]);
}

/**
 * Every "found in" answer as shown, in the model's order.
 *
 * @returns The words (the same array on every call).
 */
export function foundInWords(): readonly VocabularyWord<FoundIn>[] {
  foundInCache ??= FOUND_IN_OPTIONS.map((option) => word(option.key, option.tone, FOUND_IN_PRESENTATION[option.key]));
  return foundInCache;
}

/**
 * A "found in" answer as shown.
 *
 * @param foundIn - A "found in" answer.
 * @returns Its label, description, icon and tone.
 */
export function foundInWord(foundIn: FoundIn): VocabularyWord<FoundIn> {
  const tone = foundInInfo(foundIn).tone;
  return foundInWords().find((item) => item.key === foundIn) ?? word(foundIn, tone, FOUND_IN_PRESENTATION[foundIn]);
}
