import { DUTY_STATUSES } from '../../model';
import type { DutyStatus, Tone } from '../../model';
import { STATUS_CHOICES } from './choices';
import type { ColumnFormatter } from './types';

const SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json';

/** SharePoint's own status classes: they set colour and contrast that work in every theme. */
const TONE_CLASS: Readonly<Record<Tone, string>> = {
  neutral: 'sp-field-severity--low',
  muted: 'sp-field-severity--low',
  success: 'sp-field-severity--good',
  warning: 'sp-field-severity--warning',
  danger: 'sp-field-severity--severeWarning'
};

/**
 * The MDL2 icon of each status in SharePoint's views: the same icons the app shows
 * (src/wording/vocabulary.ts; a test keeps the two the same). Written here because
 * the site's views are set up by the data layer, which does not depend on the app.
 */
const STATUS_VIEW_ICONS: Readonly<Record<DutyStatus, string>> = {
  notReviewed: 'CircleRing',
  inPlace: 'CompletedSolid',
  partlyInPlace: 'CircleHalfFull',
  gap: 'WarningSolid',
  notApplicable: 'Blocked2'
};

/** Builds `=if(@currentField == 'A', 'x', if(@currentField == 'B', 'y', 'fallback'))`. */
function choose(pairs: ReadonlyArray<[string, string]>, fallback: string): string {
  const quote = (text: string): string => `'${text.replace(/'/g, "\\'")}'`;
  const body = pairs.reduceRight(
    (otherwise, [value, result]) => `if(@currentField == ${quote(value)}, ${quote(result)}, ${otherwise})`,
    quote(fallback)
  );
  return `=${body}`;
}

/**
 * Column formatting for the Status column: an icon and the status's own words,
 * so that a view never tells status by colour alone (the colour class is an
 * extra cue). Tones come from the model's status vocabulary, the
 * words are the stored choice values themselves.
 *
 * @returns The `CustomFormatter` JSON as an object.
 */
export function statusColumnFormatter(): ColumnFormatter {
  const icons = DUTY_STATUSES.map((s): [string, string] => [STATUS_CHOICES[s.key], STATUS_VIEW_ICONS[s.key]]);
  const classes = DUTY_STATUSES.map((s): [string, string] => [STATUS_CHOICES[s.key], TONE_CLASS[s.tone]]);
  return {
    $schema: SCHEMA_URL,
    elmType: 'div',
    style: {
      display: "=if(@currentField == '', 'none', 'inline-flex')",
      'align-items': 'center',
      padding: '2px 8px',
      'border-radius': '2px'
    },
    attributes: { class: choose(classes, '') },
    children: [
      {
        elmType: 'span',
        style: { 'padding-right': '6px' },
        attributes: { iconName: choose(icons, '') }
      },
      { elmType: 'span', txtContent: '@currentField' }
    ]
  };
}
