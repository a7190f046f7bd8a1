import { readFileSync } from 'fs';
import { foundInWord, foundInWords, statusWord, statusWords } from '../../src/wording/vocabulary';

/** Icon names that Fluent UI v8's MDL2 icon font actually has. */
function mdl2IconNames(): Set<string> {
  const file = require.resolve('@fluentui/font-icons-mdl2/lib/data/AllIconNames.json');
  const icons = JSON.parse(readFileSync(file, 'utf8')) as { name?: string }[];
  return new Set(icons.flatMap((icon) => (icon.name ? [icon.name] : [])));
}

const TONES = ['neutral', 'success', 'warning', 'danger', 'muted'];

describe('duty statuses as shown', () => {
  const icons = mdl2IconNames();

  it('are offered in the order a team works through them', () => {
    expect(statusWords().map((s) => [s.key, s.label])).toEqual([
      ['notReviewed', 'Not yet reviewed'],
      ['inPlace', 'In place'],
      ['partlyInPlace', 'Partly in place'],
      ['gap', 'Gap'],
      ['notApplicable', 'Not applicable']
    ]);
  });

  it.each(statusWords().map((s) => [s.key, s]))('%s has a label, a description, a real Fluent icon and a tone', (_key, info) => {
    expect(info.label.trim()).not.toBe('');
    expect(info.description).toMatch(/^[A-Z].*\.$/);
    expect(icons.has(info.iconName)).toBe(true);
    expect(TONES).toContain(info.tone);
  });

  it('never tells two statuses apart by colour alone: labels and icons are all different', () => {
    expect(new Set(statusWords().map((s) => s.label)).size).toBe(statusWords().length);
    expect(new Set(statusWords().map((s) => s.iconName)).size).toBe(statusWords().length);
  });

  it('looks statuses up by key', () => {
    expect(statusWord('notReviewed').label).toBe('Not yet reviewed');
    expect(statusWord('gap').iconName).toBe('WarningSolid');
  });

  it('are the same array on every call, so memoised dropdowns keep their options', () => {
    expect(statusWords()).toBe(statusWords());
    expect(foundInWords()).toBe(foundInWords());
  });
});

describe('"found in" answers as shown', () => {
  const icons = mdl2IconNames();

  it('are offered in order, starting with not yet mapped', () => {
    expect(foundInWords().map((f) => [f.key, f.label])).toEqual([
      ['notMapped', 'Not yet mapped'],
      ['jd', 'JD'],
      ['ps', 'PS'],
      ['jdAndPs', 'JD and PS'],
      ['neither', 'Neither']
    ]);
  });

  it.each(foundInWords().map((f) => [f.key, f]))('%s has a label, a description, a real Fluent icon and a tone', (_key, info) => {
    expect(info.label.trim()).not.toBe('');
    expect(info.description).toMatch(/^[A-Z].*\.$/);
    expect(icons.has(info.iconName)).toBe(true);
    expect(TONES).toContain(info.tone);
  });

  it('looks answers up by key', () => {
    expect(foundInWord('jdAndPs').label).toBe('JD and PS');
  });
});
