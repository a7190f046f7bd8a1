import { readFileSync } from 'fs';
import {
  DEFAULT_FOUND_IN,
  DEFAULT_STATUS,
  DUTY_STATUSES,
  FOUND_IN_OPTIONS,
  emptyEntry,
  foundInInfo,
  isDocumented,
  isDutyStatus,
  isFoundIn,
  needsAction,
  statusInfo
} from '../../src/model';
import type { DutyStatus, FoundIn } from '../../src/model';

/** Icon names that Fluent UI v8's MDL2 icon font actually has. */
function mdl2IconNames(): Set<string> {
  const file = require.resolve('@fluentui/font-icons-mdl2/lib/data/AllIconNames.json');
  const icons = JSON.parse(readFileSync(file, 'utf8')) as { name?: string }[];
  return new Set(icons.flatMap((icon) => (icon.name ? [icon.name] : [])));
}

const TONES = ['neutral', 'success', 'warning', 'danger', 'muted'];

describe('duty statuses', () => {
  const icons = mdl2IconNames();

  it('are offered in the order a team works through them', () => {
    expect(DUTY_STATUSES.map((s) => [s.key, s.label])).toEqual([
      ['notReviewed', 'Not yet reviewed'],
      ['inPlace', 'In place'],
      ['partlyInPlace', 'Partly in place'],
      ['gap', 'Gap'],
      ['notApplicable', 'Not applicable']
    ]);
  });

  it.each(DUTY_STATUSES.map((s) => [s.key, s]))('%s has a label, a description, a real Fluent icon and a tone', (_key, info) => {
    expect(info.label.trim()).not.toBe('');
    expect(info.description).toMatch(/^[A-Z].*\.$/);
    expect(icons.has(info.iconName)).toBe(true);
    expect(TONES).toContain(info.tone);
  });

  it('never tells two statuses apart by colour alone: labels and icons are all different', () => {
    expect(new Set(DUTY_STATUSES.map((s) => s.label)).size).toBe(DUTY_STATUSES.length);
    expect(new Set(DUTY_STATUSES.map((s) => s.iconName)).size).toBe(DUTY_STATUSES.length);
  });

  it('starts every duty as not yet reviewed', () => {
    expect(DEFAULT_STATUS).toBe('notReviewed');
    expect(statusInfo(DEFAULT_STATUS).label).toBe('Not yet reviewed');
  });

  it('looks statuses up by key and refuses unknown ones', () => {
    expect(statusInfo('gap').iconName).toBe('WarningSolid');
    expect(() => statusInfo('done' as DutyStatus)).toThrow('"done" is not a duty status.');
    expect(isDutyStatus('partlyInPlace')).toBe(true);
    expect(isDutyStatus('Partly in place')).toBe(false);
    expect(isDutyStatus(undefined)).toBe(false);
  });

  it('asks for action on gaps and on duties only partly in place', () => {
    expect(DUTY_STATUSES.filter((s) => needsAction(s.key)).map((s) => s.key)).toEqual(['partlyInPlace', 'gap']);
  });

  it('cannot be changed by a caller by accident', () => {
    expect(() => {
      (DUTY_STATUSES[0] as { label: string }).label = 'Changed';
    }).toThrow(TypeError);
    expect(DUTY_STATUSES[0].label).toBe('Not yet reviewed');
  });
});

describe('"found in" answers', () => {
  const icons = mdl2IconNames();

  it('are offered in order, starting with not yet mapped', () => {
    expect(FOUND_IN_OPTIONS.map((f) => [f.key, f.label])).toEqual([
      ['notMapped', 'Not yet mapped'],
      ['jd', 'JD'],
      ['ps', 'PS'],
      ['jdAndPs', 'JD and PS'],
      ['neither', 'Neither']
    ]);
    expect(DEFAULT_FOUND_IN).toBe('notMapped');
  });

  it.each(FOUND_IN_OPTIONS.map((f) => [f.key, f]))('%s has a label, a description, a real Fluent icon and a tone', (_key, info) => {
    expect(info.label.trim()).not.toBe('');
    expect(info.description).toMatch(/^[A-Z].*\.$/);
    expect(icons.has(info.iconName)).toBe(true);
    expect(TONES).toContain(info.tone);
  });

  it('looks answers up by key and refuses unknown ones', () => {
    expect(foundInInfo('jdAndPs').label).toBe('JD and PS');
    expect(() => foundInInfo('both' as FoundIn)).toThrow('"both" is not a "found in" answer.');
    expect(isFoundIn('ps')).toBe(true);
    expect(isFoundIn('PS')).toBe(false);
  });

  it('counts the JD, the PS or both as documented', () => {
    expect(FOUND_IN_OPTIONS.filter((f) => isDocumented(f.key)).map((f) => f.key)).toEqual(['jd', 'ps', 'jdAndPs']);
  });
});

describe('emptyEntry', () => {
  it('is a duty nobody has looked at yet', () => {
    expect(emptyEntry('clean-safe-1')).toEqual({
      dutyId: 'clean-safe-1',
      foundIn: 'notMapped',
      reference: '',
      comments: '',
      status: 'notReviewed'
    });
  });

  it('gives each caller its own object', () => {
    const first = emptyEntry('a');
    first.comments = 'Edited';
    expect(emptyEntry('a').comments).toBe('');
  });
});
