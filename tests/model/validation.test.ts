import {
  MULTI_LINE_TEXT_MAX,
  SINGLE_LINE_TEXT_MAX,
  emptyEntry,
  formatCount,
  isIsoDate,
  storedAreaCommentsLength,
  validateAreaComments,
  validateEntry,
  validateHeader
} from '../../src/model';
import type { MappingEntry, MappingHeader } from '../../src/model';

const text = (length: number): string => 'x'.repeat(length);

function header(fields: Partial<MappingHeader> = {}): MappingHeader {
  return {
    team: 'General radiography, St Elsewhere',
    completedBy: { people: [{ login: 'i:0#.f|membership|jo.bloggs@nhs.net', displayName: 'Jo Bloggs' }], otherNames: ['Sam (student)'] },
    dateCompleted: '2025-03-31',
    notes: '',
    frameworkId: 'sor-ap-band4',
    frameworkVersion: 1,
    ...fields
  };
}

function entry(fields: Partial<MappingEntry> = {}): MappingEntry {
  return { ...emptyEntry('clean-safe-1'), ...fields };
}

describe('SharePoint limits', () => {
  it('are those of single-line and multi-line text columns', () => {
    expect(SINGLE_LINE_TEXT_MAX).toBe(255);
    expect(MULTI_LINE_TEXT_MAX).toBe(63999);
  });

  it('are written with thousands separators', () => {
    expect(formatCount(63999)).toBe('63,999');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(255)).toBe('255');
  });
});

describe('validateEntry', () => {
  it('accepts a complete entry', () => {
    expect(
      validateEntry(
        entry({
          foundIn: 'ps',
          reference: 'PS section D',
          comments: 'Done by band 5s now.',
          status: 'gap',
          action: { what: 'Add to the JD', owner: 'Imaging manager', dueDate: '2026-01-31' }
        })
      )
    ).toEqual([]);
  });

  it('accepts comments of exactly 63,999 characters and refuses 64,000, saying the length and the limit', () => {
    expect(validateEntry(entry({ comments: text(63999) }))).toEqual([]);
    expect(validateEntry(entry({ comments: text(64000) }))).toEqual([{ field: 'comments', code: 'tooLong', length: 64000, max: 63999 }]);
  });

  it('accepts a reference of 255 characters and refuses 256', () => {
    expect(validateEntry(entry({ reference: text(255) }))).toEqual([]);
    expect(validateEntry(entry({ reference: text(256) }))).toEqual([{ field: 'reference', code: 'tooLong', length: 256, max: 255 }]);
  });

  it('checks the action: what and owner at 255 characters, and a real due date', () => {
    expect(validateEntry(entry({ status: 'gap', action: { what: text(256), owner: text(300), dueDate: '2025-02-30' } }))).toEqual([
      { field: 'action.what', code: 'tooLong', length: 256, max: 255 },
      { field: 'action.owner', code: 'tooLong', length: 300, max: 255 },
      { field: 'action.dueDate', code: 'notADate', value: '2025-02-30' }
    ]);
    expect(validateEntry(entry({ action: { what: text(255), owner: text(255) } }))).toEqual([]);
  });

  it('refuses a "found in" answer or status outside the vocabulary', () => {
    expect(validateEntry(entry({ foundIn: 'both' as MappingEntry['foundIn'], status: 'done' as MappingEntry['status'] }))).toEqual([
      { field: 'foundIn', code: 'notOneOf', value: 'both' },
      { field: 'status', code: 'notOneOf', value: 'done' }
    ]);
  });

  it('refuses an entry not linked to a duty', () => {
    expect(validateEntry(entry({ dutyId: ' ' }))).toEqual([{ field: 'dutyId', code: 'noDuty' }]);
  });

  it('never shortens anything itself', () => {
    const long = entry({ comments: text(64000) });
    validateEntry(long);
    expect(long.comments).toHaveLength(64000);
  });
});

describe('validateHeader', () => {
  it('accepts a complete header, and one not completed yet', () => {
    expect(validateHeader(header())).toEqual([]);
    expect(validateHeader(header({ dateCompleted: undefined }))).toEqual([]);
  });

  it('needs a team name of at most 255 characters', () => {
    expect(validateHeader(header({ team: '   ' }))).toEqual([{ field: 'team', code: 'required' }]);
    expect(validateHeader(header({ team: text(255) }))).toEqual([]);
    expect(validateHeader(header({ team: text(256) }))).toEqual([{ field: 'team', code: 'tooLong', length: 256, max: 255 }]);
  });

  it('checks each free-text name under "Completed by"', () => {
    expect(validateHeader(header({ completedBy: { people: [], otherNames: ['Sam', text(256), ' '] } }))).toEqual([
      { field: 'completedBy.otherNames[1]', code: 'tooLong', length: 256, max: 255 },
      { field: 'completedBy.otherNames[2]', code: 'blank' }
    ]);
  });

  it('needs the date completed as a real yyyy-mm-dd date', () => {
    expect(validateHeader(header({ dateCompleted: '31/03/2025' }))).toEqual([{ field: 'dateCompleted', code: 'notADate', value: '31/03/2025' }]);
  });

  it('accepts notes of 63,999 characters and refuses 64,000', () => {
    expect(validateHeader(header({ notes: text(63999) }))).toEqual([]);
    expect(validateHeader(header({ notes: text(64000) }))).toEqual([{ field: 'notes', code: 'tooLong', length: 64000, max: 63999 }]);
  });

  it('needs to know which framework version the mapping uses', () => {
    expect(validateHeader(header({ frameworkVersion: 0 }))).toEqual([{ field: 'frameworkVersion', code: 'noFrameworkVersion' }]);
  });
});

describe('validateAreaComments', () => {
  it('checks each area by its id', () => {
    expect(validateAreaComments({ 'clean-safe': text(63999), communicate: text(64001) })).toEqual([
      { field: 'areaComments.communicate', code: 'tooLong', length: 64001, max: 63999 }
    ]);
  });
});

describe('all areas\' comments together', () => {
  it('must fit the one column they share, labels included, even when each area fits', () => {
    const comments = { 'clean-safe': text(32000), communicate: text(32000) };
    expect(storedAreaCommentsLength(comments)).toBe(JSON.stringify(comments).length);
    expect(validateAreaComments(comments)).toEqual([{ field: 'areaComments', code: 'tooLong', length: storedAreaCommentsLength(comments), max: MULTI_LINE_TEXT_MAX }]);
    expect(validateAreaComments({ 'clean-safe': text(31000), communicate: text(32000) })).toEqual([]);
  });
});

describe('isIsoDate', () => {
  it('accepts real yyyy-mm-dd dates only', () => {
    expect(isIsoDate('2025-03-31')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('31/03/2025')).toBe(false);
  });
});
