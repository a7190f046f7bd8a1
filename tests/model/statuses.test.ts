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

describe('duty statuses', () => {
  it('are offered in the order a team works through them, each with its tone', () => {
    expect(DUTY_STATUSES.map((s) => [s.key, s.tone])).toEqual([
      ['notReviewed', 'neutral'],
      ['inPlace', 'success'],
      ['partlyInPlace', 'warning'],
      ['gap', 'danger'],
      ['notApplicable', 'muted']
    ]);
  });

  it('starts every duty as not yet reviewed', () => {
    expect(DEFAULT_STATUS).toBe('notReviewed');
  });

  it('looks statuses up by key and refuses unknown ones', () => {
    expect(statusInfo('gap').tone).toBe('danger');
    expect(() => statusInfo('done' as DutyStatus)).toThrow(RangeError);
    expect(isDutyStatus('partlyInPlace')).toBe(true);
    expect(isDutyStatus('Partly in place')).toBe(false);
    expect(isDutyStatus(undefined)).toBe(false);
  });

  it('asks for action on gaps and on duties only partly in place', () => {
    expect(DUTY_STATUSES.filter((s) => needsAction(s.key)).map((s) => s.key)).toEqual(['partlyInPlace', 'gap']);
  });

  it('cannot be changed by a caller by accident', () => {
    expect(() => {
      (DUTY_STATUSES[0] as { tone: string }).tone = 'danger';
    }).toThrow(TypeError);
    expect(DUTY_STATUSES[0].tone).toBe('neutral');
  });
});

describe('"found in" answers', () => {
  it('are offered in order, starting with not yet mapped', () => {
    expect(FOUND_IN_OPTIONS.map((f) => f.key)).toEqual(['notMapped', 'jd', 'ps', 'jdAndPs', 'neither']);
    expect(DEFAULT_FOUND_IN).toBe('notMapped');
  });

  it('looks answers up by key and refuses unknown ones', () => {
    expect(foundInInfo('neither').tone).toBe('warning');
    expect(() => foundInInfo('both' as FoundIn)).toThrow(RangeError);
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
