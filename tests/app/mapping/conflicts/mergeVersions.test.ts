import { entryConflictFields, mergeText } from '../../../../src/app/mapping/conflicts/conflictFields';
import { initialMerge, mergedEntry } from '../../../../src/app/mapping/conflicts/mergeVersions';
import { emptyEntry } from '../../../../src/model';
import type { MappingEntry } from '../../../../src/model';

const mine: MappingEntry = { ...emptyEntry('d1'), comments: 'Mine', reference: 'JD 2', status: 'gap', action: { what: 'Train', owner: 'Jo' } };
const theirs: MappingEntry = { ...emptyEntry('d1'), comments: 'Theirs', reference: 'JD 2', status: 'inPlace', foundIn: 'jd' };

describe('merging two versions of an entry', () => {
  it('lists only the fields that differ', () => {
    expect(entryConflictFields(mine, theirs).map((f) => f.key)).toEqual(['foundIn', 'comments', 'status', 'action.what', 'action.owner']);
  });

  it('joins texts without repeating one that already contains the other', () => {
    expect(mergeText('Mine', 'Theirs', '\n\n')).toBe('Mine\n\nTheirs');
    expect(mergeText('', 'Theirs', '; ')).toBe('Theirs');
    expect(mergeText('JD 2 and 3', 'JD 2', '; ')).toBe('JD 2 and 3');
  });

  it('starts from both texts and my choices, and applies the person\'s picks', () => {
    const fields = entryConflictFields(mine, theirs);
    const values = initialMerge(fields);
    expect(values.texts.comments).toBe('Mine\n\nTheirs');
    expect(values.choices).toEqual({ foundIn: 'mine', status: 'mine' });
    const merged = mergedEntry(mine, theirs, { ...values, choices: { foundIn: 'theirs', status: 'mine' } });
    expect(merged).toEqual({ dutyId: 'd1', foundIn: 'jd', reference: 'JD 2', comments: 'Mine\n\nTheirs', status: 'gap', action: { what: 'Train', owner: 'Jo' } });
  });
});
