/**
 * @jest-environment jsdom
 */
import './jsdomGaps';
import { buildMappingDocx } from '../../../src/documents/write/docx/buildMappingDocx';
import { normalise, readSeed } from '../../model/seedExtraction';
import { hostileInput, NASTY_CLEAN, sampleInput } from './exportFixtures';
import { readWord } from './officeReaders';
import type { WordDocument } from './officeReaders';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const FORM_COLUMNS = [
  'Area: a) typical role and responsibility, b) QSI standard',
  'Typical responsibilities and duties',
  'Map to either JD/PS',
  'Comments',
  'Status'
];

let word: WordDocument;
beforeAll(async () => {
  word = await readWord(await buildMappingDocx(sampleInput()));
});

function allText(doc: WordDocument): string {
  return normalise(doc.paragraphs.map((p) => p.text).join('\n'));
}

describe('Word export of a mapping', () => {
  it('holds every duty line of the SoR template, read from the seed file, nested items as deeper bullets', () => {
    const seed = readSeed();
    const listParagraphs = word.paragraphs.filter((p) => p.inTable && p.listLevel !== undefined);
    const listTexts = listParagraphs.map((p) => normalise(p.text));
    const duties = seed.areas.flatMap((area) => area.duties);
    expect(duties.length).toBeGreaterThan(30);
    for (const duty of duties) {
      expect(listTexts).toContain(duty);
    }
    const modality = listParagraphs.find((p) => normalise(p.text) === 'x-ray equipment');
    expect(modality?.listLevel).toBe(1);
  });

  it('has the title, the guidance, the header labels with their values, and the provenance notes', () => {
    const seed = readSeed();
    const text = allText(word);
    expect(word.paragraphs.find((p) => p.style === 'Title')?.text).toBe(seed.title);
    expect(text).toContain(normalise(seed.guidanceTitle));
    for (const paragraph of seed.introduction) {
      expect(text).toContain(normalise(paragraph));
    }
    const headerTable = word.tables[0].map((row) => row.cells);
    expect(headerTable).toEqual([
      ['Team', 'CT & MRI'],
      ['Completed by (name all involved)', 'Jo Bloggs, Sam Student'],
      ['Date completed', '30/10/2026'],
      ['Notes', 'Reviewed at the October team meeting.']
    ]);
    for (const note of seed.provenance) {
      expect(text).toContain(normalise(note));
    }
  });

  it('gives each area a heading and a real table with the form\'s five columns, a repeating header row and rows that do not split', () => {
    const input = sampleInput();
    const headings = word.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    input.framework.areas.forEach((area, index) => expect(headings).toContain(`Area ${index + 1}: ${area.title}`));
    const areaTables = word.tables.filter((table) => table[0].cells[0] === FORM_COLUMNS[0]);
    expect(areaTables).toHaveLength(input.framework.areas.length);
    for (const table of areaTables) {
      expect(table[0]).toEqual({ header: true, cantSplit: true, cells: FORM_COLUMNS });
      expect(table.slice(1).every((row) => !row.header && row.cantSplit)).toBe(true);
    }
    expect(areaTables[1][1].cells[0]).toBe('a) Manage data relevant to the clinical imaging environment\nb) XR-204 Service Competencies & Training Plan; XR-601 Operational Policy');
  });

  it("shows each entry's found in and reference, comments and status in words", () => {
    const input = sampleInput();
    const rows = word.tables.filter((table) => table[0].cells[0] === FORM_COLUMNS[0]).flatMap((table) => table.slice(1));
    expect(rows).toHaveLength(input.entries.length);
    rows.forEach((row, index) => {
      const cells = row.cells.slice(row.cells.length - 3);
      expect(cells[1]).toBe(`Comment for duty ${index + 1}\nsecond line`);
      expect(cells[0]).toMatch(new RegExp(`– Clause ${index + 1}\\.2$`));
      expect(['Not yet reviewed', 'In place', 'Partly in place', 'Gap', 'Not applicable']).toContain(cells[2]);
    });
    expect(rows[0].cells[2]).toBe('Not yet mapped – Clause 1.2');
    expect(rows[3].cells[4]).toBe('Gap');
  });

  it('ends with an action plan of the gaps and partly-in-place duties with action, owner and due date', () => {
    const input = sampleInput();
    const expected = input.entries.filter((entry) => entry.status === 'gap' || entry.status === 'partlyInPlace');
    const plan = word.tables[word.tables.length - 1];
    expect(plan[0]).toMatchObject({ header: true, cells: ['Area', 'Duty', 'Status', 'Action', 'Owner', 'Due'] });
    expect(plan.slice(1)).toHaveLength(expected.length);
    const index = input.entries.indexOf(expected[0]);
    expect(plan[1].cells.slice(2)).toEqual(['Partly in place', `Action ${index + 1}`, `Owner ${index + 1}`, '31/03/2026']);
  });

  it('is landscape A4 in British English, with title, author and a footer naming the framework, version, date and exporter', () => {
    const pgSz = word.body.getElementsByTagNameNS(W, 'pgSz')[0];
    expect(pgSz.getAttributeNS(W, 'orient')).toBe('landscape');
    expect([pgSz.getAttributeNS(W, 'w'), pgSz.getAttributeNS(W, 'h')]).toEqual(['16838', '11906']);
    const lang = word.styles.getElementsByTagNameNS(W, 'docDefaults')[0].getElementsByTagNameNS(W, 'lang')[0];
    expect(lang.getAttributeNS(W, 'val')).toBe('en-GB');
    expect(word.core.getElementsByTagName('dc:title')[0].textContent).toBe('CT & MRI – duty mapping');
    expect(word.core.getElementsByTagName('dc:creator')[0].textContent).toBe('Alex Lead');
    expect(word.footers.join('\n')).toContain('Assistant Practitioner (indicative AfC Band 4), version 1. Exported on 30/11/2026 14:05 by Alex Lead.');
  });

  it('names the framework by its role and band under the title, so forms for different roles are told apart', () => {
    const title = word.paragraphs.findIndex((p) => p.style === 'Title');
    expect(word.paragraphs[title].text).toBe(sampleInput().framework.title);
    expect(word.paragraphs[title + 1].text).toBe('Framework: Assistant Practitioner (indicative AfC Band 4), version 1');
  });

  it('falls back to the framework title where a framework names no role', async () => {
    const input = sampleInput();
    const local = await readWord(await buildMappingDocx({ ...input, framework: { ...input.framework, id: 'local-csw', title: 'Local support worker duties', role: undefined, band: undefined, version: 3 } }));
    expect(local.paragraphs.map((p) => p.text)).toContain('Framework: Local support worker duties, version 3');
    expect(local.footers.join('\n')).toContain('Local support worker duties, version 3. Exported on');
  });
});

describe('Word export of hostile input', () => {
  it('makes a well-formed file that keeps markup as text, drops forbidden characters and keeps 63,999-character comments whole', async () => {
    const input = hostileInput();
    const doc = await readWord(await buildMappingDocx(input));
    const rows = doc.tables.filter((table) => table[0].cells[0] === FORM_COLUMNS[0]).flatMap((table) => table.slice(1));
    const firstComment = rows[0].cells[rows[0].cells.length - 2];
    expect(firstComment.length).toBeGreaterThanOrEqual(63998);
    expect(rows[1].cells[rows[1].cells.length - 2]).toBe(NASTY_CLEAN);
    expect(doc.tables[0][3].cells[1]).toBe(NASTY_CLEAN);
    expect(doc.body.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.core.getElementsByTagName('dc:creator')[0].textContent).toBe(NASTY_CLEAN);
  });
});
