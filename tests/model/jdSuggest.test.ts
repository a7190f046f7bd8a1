import { DEFAULT_FRAMEWORK } from '../../src/model';
import { clauseReference, dutyQueries, splitClauses, suggestClauses } from '../../src/model/jd';
import { fixtureBlocks } from '../support/jdDocuments';
import type { Clause } from '../../src/model/jd';

function clause(id: string, text: string, label = id): Clause {
  return { id, source: 'jd', label, text };
}

const CLAUSES: Clause[] = [
  clause('handling', 'Help patients on and off the table using safe moving and handling techniques.'),
  clause('dxa', 'Perform DXA scans of the hip and spine once trained.'),
  clause('irmer', 'Check pregnancy status in line with the ionising radiation (medical exposure) regulations.'),
  clause('mr-name', 'Report to Mr Patel, the superintendent, each morning about staffing.'),
  clause('confidential', 'Maintain confidentiality in line with data protection legislation.'),
  clause('coils', 'Clean and change the MR coils between sessions.')
];

describe('suggesting where each duty sits', () => {
  it('finds a clause written with other words for the same thing, and says which words matched', () => {
    const { byDuty } = suggestClauses([{ dutyId: 'handling', text: 'Providing support for manual handling and patient positioning' }], CLAUSES);
    const [first] = byDuty.get('handling') ?? [];
    expect(first.clause.id).toBe('handling');
    expect(first.matchedWords).toContain('moving and handling');
    for (const span of first.spans) {
      expect(first.matchedWords.map((word) => word.toLowerCase())).toContain(first.clause.text.slice(span.start, span.end).toLowerCase());
    }
  });

  it('treats DEXA and DXA, IR(ME)R and the regulations it stands for, as the same', () => {
    const { byDuty } = suggestClauses(
      [
        { dutyId: 'dexa', text: 'DEXA machine' },
        { dutyId: 'irmer', text: 'Checks required by IR(ME)R' }
      ],
      CLAUSES
    );
    expect(byDuty.get('dexa')?.[0].clause.id).toBe('dxa');
    expect(byDuty.get('irmer')?.[0].clause.id).toBe('irmer');
  });

  it('does not take "Mr" for MR', () => {
    const { byDuty } = suggestClauses([{ dutyId: 'coils', text: 'Cleaning, moving and changing MRI coils during MRI sessions' }], CLAUSES);
    const ids = (byDuty.get('coils') ?? []).map((suggestion) => suggestion.clause.id);
    expect(ids[0]).toBe('coils');
    expect(ids).not.toContain('mr-name');
  });

  it('lists clauses no duty suggests as in the JD but not in the framework', () => {
    const clauses = splitClauses(fixtureBlocks('general-xray-jd.txt'), 'jd');
    const { unmatched } = suggestClauses(dutyQueries(DEFAULT_FRAMEWORK), clauses);
    const unmatchedReferences = unmatched.map(clauseReference);
    // Confidentiality, equality and safeguarding are in every NHS JD and in no SoR duty.
    expect(unmatchedReferences).toEqual(expect.arrayContaining(['JD 8.1', 'JD 8.2', 'JD 8.3']));
    expect(unmatchedReferences).not.toContain('JD 2.5');
    expect(unmatchedReferences).not.toContain('JD 4.3');
  });

  it('suggests at most three clauses a duty, best first, and nothing for a duty no clause shares a word with', () => {
    const many = [
      ...Array.from({ length: 8 }, (_, index) => clause(`pacs-${index}`, `Check images on PACS ${'carefully '.repeat(index)}before the patient leaves`)),
      ...CLAUSES
    ];
    const { byDuty } = suggestClauses(
      [
        { dutyId: 'pacs', text: 'Checking images on PACS' },
        { dutyId: 'none', text: 'Nuclear medicine equipment' }
      ],
      many
    );
    const scores = (byDuty.get('pacs') ?? []).map((suggestion) => suggestion.score);
    expect(scores).toHaveLength(3);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(byDuty.has('none')).toBe(false);
  });
});
