import { clauseReference, linesToBlocks, pastedLines, splitClauses } from '../../src/model/jd';

function references(text: string, source: 'jd' | 'ps' = 'jd'): string[] {
  return splitClauses(linesToBlocks(pastedLines(text)), source).map((clause) => `${clauseReference(clause)}: ${clause.text}`);
}

describe('splitting a pasted JD or PS into clauses', () => {
  it('keeps typed numbers, and numbers a plain list item under its numbered section', () => {
    const text = ['3. Quality and safety', '3.1 Carry out daily quality control checks.', '2) Follow local rules in controlled areas.'].join('\n');
    expect(references(text)).toEqual(['JD 3.1: Carry out daily quality control checks.', 'JD 3.2: Follow local rules in controlled areas.']);
  });

  it('counts criteria under Essential and Desirable headings through the whole PS, whatever category they sit in', () => {
    const text = [
      'Qualifications',
      'Essential',
      '• Foundation degree for assistant practitioners',
      'Desirable',
      '• Venepuncture or cannulation certificate',
      'Experience',
      'Essential:',
      '- Experience of using PACS and RIS'
    ].join('\n');
    expect(references(text, 'ps')).toEqual([
      'PS Essential 1: Foundation degree for assistant practitioners',
      'PS Desirable 1: Venepuncture or cannulation certificate',
      'PS Essential 2: Experience of using PACS and RIS'
    ]);
  });

  it('names unnumbered paragraphs by their heading, alone when the heading has one', () => {
    const text = [
      'Job purpose',
      'To support radiographers in CT and MRI within a defined scope of practice.',
      'Communication',
      'Liaise with wards and porters about transport.',
      'Answer queries from patients and staff.'
    ].join('\n');
    expect(references(text)).toEqual([
      'JD Job purpose: To support radiographers in CT and MRI within a defined scope of practice.',
      'JD Communication 1: Liaise with wards and porters about transport.',
      'JD Communication 2: Answer queries from patients and staff.'
    ]);
  });

  it('leaves out job details and stray words, which no duty could sit in', () => {
    const text = ['Band: 4', 'Reports to: Imaging Services Manager', 'Main duties', '• Answer the telephone', '• Tidy'].join('\n');
    expect(references(text)).toEqual(['JD Main duties: Answer the telephone']);
  });

  it('keeps markup as the text it is', () => {
    const text = ['Main duties', '1. Use <b>PACS</b> & <script>alert(1)</script> safely at all times.'].join('\n');
    expect(references(text)).toEqual(['JD 1: Use <b>PACS</b> & <script>alert(1)</script> safely at all times.']);
  });
});
