import { markGapPatch } from '../../src/model/jd/markGap';
import type { MappingEntry } from '../../src/model';

const entry = (patch: Partial<MappingEntry> = {}): MappingEntry => ({ dutyId: 'd', foundIn: 'notMapped', reference: '', comments: '', status: 'notReviewed', ...patch });

describe('marking a duty the JD and PS do not cover as a gap', () => {
  it('sets Gap, "found in" Neither and the comment on an untouched duty', () => {
    expect(markGapPatch(entry(), 'Not in JD/PS')).toEqual({ status: 'gap', foundIn: 'neither', comments: 'Not in JD/PS' });
  });

  it('keeps what the team wrote and adds the comment after it, once', () => {
    expect(markGapPatch(entry({ comments: 'Band 5s do this now ', foundIn: 'neither' }), 'Not in JD/PS')).toEqual({ status: 'gap', comments: 'Band 5s do this now\nNot in JD/PS' });
    expect(markGapPatch(entry({ status: 'gap', foundIn: 'neither', comments: 'not in jd/ps' }), 'Not in JD/PS')).toEqual({});
  });

  it('leaves a "found in" answer the team gave', () => {
    expect(markGapPatch(entry({ foundIn: 'jd', status: 'inPlace' }), 'Not in JD/PS')).toEqual({ status: 'gap', comments: 'Not in JD/PS' });
  });
});
