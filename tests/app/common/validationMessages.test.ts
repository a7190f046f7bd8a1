import {
  DEFAULT_FRAMEWORK,
  MULTI_LINE_TEXT_MAX,
  SINGLE_LINE_TEXT_MAX,
  emptyEntry,
  formatCount,
  isIsoDate,
  validateAreaComments as findAreaProblems,
  validateEntry as findEntryProblems,
  validateHeader as findHeaderProblems
} from '../../../src/model';
import type { Framework, MappingEntry, MappingHeader, ValidationProblem } from '../../../src/model';
import { describeProblem } from '../../../src/app/common/validationMessages';

const text = (length: number): string => 'x'.repeat(length);

/** Each problem the model finds, as the app words it. */
function worded(problems: ValidationProblem[], framework?: Framework): { field: string; message: string }[] {
  return problems.map((problem) => ({ field: problem.field, message: describeProblem(problem, framework) }));
}
const validateEntry = (value: MappingEntry): { field: string; message: string }[] => worded(findEntryProblems(value));
const validateHeader = (value: MappingHeader): { field: string; message: string }[] => worded(findHeaderProblems(value));
const validateAreaComments = (value: Record<string, string>, framework?: Framework): { field: string; message: string }[] =>
  worded(findAreaProblems(value), framework);


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

describe('the words for problems in an entry', () => {
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

  it('accepts comments of exactly 63,999 characters and refuses 64,000, saying by how much', () => {
    expect(validateEntry(entry({ comments: text(63999) }))).toEqual([]);
    expect(validateEntry(entry({ comments: text(64000) }))).toEqual([
      {
        field: 'comments',
        message: 'Comments are 64,000 characters long; the most SharePoint can store is 63,999. Shorten them by 1 character.'
      }
    ]);
    expect(validateEntry(entry({ comments: text(64120) }))[0].message).toBe(
      'Comments are 64,120 characters long; the most SharePoint can store is 63,999. Shorten them by 121 characters.'
    );
  });

  it('accepts a reference of 255 characters and refuses 256', () => {
    expect(validateEntry(entry({ reference: text(255) }))).toEqual([]);
    expect(validateEntry(entry({ reference: text(256) }))).toEqual([
      {
        field: 'reference',
        message: 'The JD/PS reference is 256 characters long; the most SharePoint can store is 255. Shorten it by 1 character.'
      }
    ]);
  });

  it('checks the action: what and owner at 255 characters, and a real due date', () => {
    const problems = validateEntry(entry({ status: 'gap', action: { what: text(256), owner: text(300), dueDate: '2025-02-30' } }));
    expect(problems).toEqual([
      { field: 'action.what', message: 'The action is 256 characters long; the most SharePoint can store is 255. Shorten it by 1 character.' },
      { field: 'action.owner', message: 'The action owner is 300 characters long; the most SharePoint can store is 255. Shorten it by 45 characters.' },
      {
        field: 'action.dueDate',
        message: 'The action due date must be a real date written as yyyy-mm-dd, for example 2025-03-31; "2025-02-30" is not.'
      }
    ]);
    expect(validateEntry(entry({ action: { what: text(255), owner: text(255) } }))).toEqual([]);
  });

  it('refuses a "found in" answer or status outside the vocabulary, naming the choices', () => {
    const problems = validateEntry(entry({ foundIn: 'both' as MappingEntry['foundIn'], status: 'done' as MappingEntry['status'] }));
    expect(problems).toEqual([
      { field: 'foundIn', message: 'Where the duty is found must be one of: Not yet mapped, JD, PS, JD and PS, Neither; "both" is not.' },
      { field: 'status', message: 'The status must be one of: Not yet reviewed, In place, Partly in place, Gap, Not applicable; "done" is not.' }
    ]);
  });

  it('never shortens anything itself', () => {
    const long = entry({ comments: text(64000) });
    validateEntry(long);
    expect(long.comments).toHaveLength(64000);
  });
});

describe('the words for problems in a header', () => {
  it('accepts a complete header, and one not completed yet', () => {
    expect(validateHeader(header())).toEqual([]);
    expect(validateHeader(header({ dateCompleted: undefined }))).toEqual([]);
  });

  it('needs a team name', () => {
    expect(validateHeader(header({ team: '   ' }))).toEqual([{ field: 'team', message: 'Enter the team name.' }]);
  });

  it('accepts a team name of 255 characters and refuses 256', () => {
    expect(validateHeader(header({ team: text(255) }))).toEqual([]);
    expect(validateHeader(header({ team: text(256) }))).toEqual([
      { field: 'team', message: 'The team name is 256 characters long; the most SharePoint can store is 255. Shorten it by 1 character.' }
    ]);
  });

  it('checks each free-text name under "Completed by"', () => {
    const problems = validateHeader(header({ completedBy: { people: [], otherNames: ['Sam', text(256), ' '] } }));
    expect(problems).toEqual([
      {
        field: 'completedBy.otherNames[1]',
        message: 'Name 2 under "Completed by" is 256 characters long; the most SharePoint can store is 255. Shorten it by 1 character.'
      },
      { field: 'completedBy.otherNames[2]', message: 'Name 3 under "Completed by" is blank; enter the name or remove it.' }
    ]);
  });

  it('needs the date completed as a real yyyy-mm-dd date', () => {
    expect(validateHeader(header({ dateCompleted: '31/03/2025' }))).toEqual([
      {
        field: 'dateCompleted',
        message: 'The date completed must be a real date written as yyyy-mm-dd, for example 2025-03-31; "31/03/2025" is not.'
      }
    ]);
  });

  it('accepts notes of 63,999 characters and refuses 64,000', () => {
    expect(validateHeader(header({ notes: text(63999) }))).toEqual([]);
    expect(validateHeader(header({ notes: text(64000) }))).toEqual([
      { field: 'notes', message: 'Notes are 64,000 characters long; the most SharePoint can store is 63,999. Shorten them by 1 character.' }
    ]);
  });

  it('needs to know which framework version the mapping uses', () => {
    expect(validateHeader(header({ frameworkVersion: 0 })).map((p) => p.field)).toEqual(['frameworkVersion']);
  });
});

describe('the words for problems in area comments', () => {
  it('names the area by its title when the framework is known', () => {
    expect(validateAreaComments({ 'clean-safe': text(63999), communicate: text(64001) }, DEFAULT_FRAMEWORK)).toEqual([
      {
        field: 'areaComments.communicate',
        message:
          'Comments for "Communicate appropriately with patients, the multi-disciplinary team and wider networks" are 64,001 characters long; the most SharePoint can store is 63,999. Shorten them by 2 characters.'
      }
    ]);
  });

  it('names the area by its id otherwise', () => {
    expect(validateAreaComments({ 'old-area': text(64000) })[0].message).toMatch(/^Comments for area "old-area" are 64,000 characters long/);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-03-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-3-31', false],
    ['31/03/2025', false],
    ['2025-03-31T00:00:00Z', false],
    ['', false]
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('the words for all areas\' comments together', () => {
  it('says how long they come to and the limit', () => {
    expect(describeProblem({ field: 'areaComments', code: 'tooLong', length: 64123, max: MULTI_LINE_TEXT_MAX })).toBe(
      'The comments on all areas together come to 64,123 characters with their labels; the most SharePoint can store is 63,999. Shorten some of them.'
    );
  });
});
