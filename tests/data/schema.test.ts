/** @jest-environment node */
import { DUTY_STATUSES, FOUND_IN_OPTIONS } from '../../src/model';
import { STATUS_PRESENTATION } from '../../src/wording/vocabulary';
import { FOUND_IN_CHOICES, SCHEMA, STATUS_CHOICES, foundInFromChoice, statusColumnFormatter, statusFromChoice } from '../../src/data/schema';

const allFields = SCHEMA.flatMap((list) => list.fields);

test('internal names are prefixed, unique per list and short enough for SharePoint', () => {
  for (const list of SCHEMA) {
    const names = list.fields.map((f) => f.internalName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^Idm[A-Z][A-Za-z]+$/);
      expect(name.length).toBeLessThanOrEqual(32);
    }
  }
});

test('field ids are unique GUIDs', () => {
  const ids = allFields.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  }
});

test('each list stays within SharePoint’s 20 indexes, and indexes what the app filters on', () => {
  for (const list of SCHEMA) {
    expect(list.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
  }
  const entries = SCHEMA.find((l) => l.key === 'entries');
  expect(entries?.fields.find((f) => f.internalName === 'IdmMappingId')?.indexed).toBe(true);
  expect(entries?.fields.find((f) => f.internalName === 'IdmStatus')?.indexed).toBe(true);
});

test('single-line text columns hold at most 255 characters', () => {
  for (const field of allFields.filter((f) => f.type === 'Text')) {
    expect(field.maxLength).toBeLessThanOrEqual(255);
  }
});

test('every status and "found in" answer has exactly one stored value, and back', () => {
  expect(Object.keys(STATUS_CHOICES).sort()).toEqual(DUTY_STATUSES.map((s) => s.key).sort());
  expect(Object.keys(FOUND_IN_CHOICES).sort()).toEqual(FOUND_IN_OPTIONS.map((f) => f.key).sort());
  expect(new Set(Object.values(STATUS_CHOICES)).size).toBe(DUTY_STATUSES.length);
  for (const status of DUTY_STATUSES) {
    expect(statusFromChoice(STATUS_CHOICES[status.key])).toBe(status.key);
  }
  for (const option of FOUND_IN_OPTIONS) {
    expect(foundInFromChoice(FOUND_IN_CHOICES[option.key])).toBe(option.key);
  }
  expect(statusFromChoice('Something an owner added')).toBeUndefined();
  expect(statusFromChoice(null)).toBeUndefined();
});

test('status formatting shows an icon and the words for every status, not colour alone', () => {
  const json = JSON.stringify(statusColumnFormatter());
  for (const status of DUTY_STATUSES) {
    expect(json).toContain(`'${STATUS_CHOICES[status.key]}', '${STATUS_PRESENTATION[status.key].iconName}'`);
  }
  expect(json).toContain('"txtContent":"@currentField"');
});

test('views only name columns the list has', () => {
  for (const list of SCHEMA) {
    const known = new Set(['LinkTitle', 'Modified', 'Editor', 'Title', 'ID', ...list.fields.map((f) => f.internalName)]);
    for (const view of list.views) {
      expect(view.fields.filter((f) => !known.has(f))).toEqual([]);
      for (const ref of view.query.matchAll(/FieldRef Name="([^"]+)"/g)) {
        expect(known.has(ref[1])).toBe(true);
      }
    }
  }
});
