import { emptyEntry } from '../../src/model';
import type { MappingEntry } from '../../src/model';
import { acceptClause } from '../../src/model/jd';
import type { Clause } from '../../src/model/jd';

const JD_32: Clause = { id: 'jd-9', source: 'jd', label: '3.2', text: 'Follow the local rules for controlled areas.' };
const PS_E4: Clause = { id: 'ps-4', source: 'ps', label: 'Essential 4', text: 'Knowledge of radiation protection.' };

function entry(patch: Partial<MappingEntry>): MappingEntry {
  return { ...emptyEntry('clean-safe-1'), ...patch };
}

describe('accepting a suggested clause', () => {
  it('sets found in and the reference on a duty not yet mapped', () => {
    expect(acceptClause(entry({}), JD_32)).toEqual({ foundIn: 'jd', reference: 'JD 3.2' });
  });

  it('keeps the reference the team already wrote and adds the citation after it', () => {
    expect(acceptClause(entry({ foundIn: 'jd', reference: 'Section 3 (safety)' }), JD_32)).toEqual({ reference: 'Section 3 (safety); JD 3.2' });
  });

  it('makes "JD" and a PS clause into "JD and PS"', () => {
    expect(acceptClause(entry({ foundIn: 'jd', reference: 'JD 3.2' }), PS_E4)).toEqual({ foundIn: 'jdAndPs', reference: 'JD 3.2; PS Essential 4' });
  });

  it('changes nothing when the clause is already cited', () => {
    expect(acceptClause(entry({ foundIn: 'jdAndPs', reference: 'jd 3.2, PS Essential 4' }), JD_32)).toEqual({});
  });

  it('replaces "neither" with the document the clause is in', () => {
    expect(acceptClause(entry({ foundIn: 'neither' }), PS_E4)).toEqual({ foundIn: 'ps', reference: 'PS Essential 4' });
  });
});
