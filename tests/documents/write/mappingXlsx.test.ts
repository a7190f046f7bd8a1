/**
 * @jest-environment jsdom
 */
import './jsdomGaps';
import { buildMappingXlsx } from '../../../src/documents/write/xlsx/buildMappingXlsx';
import { normalise, readSeed } from '../../model/seedExtraction';
import { hostileInput, NASTY_CLEAN, sampleInput } from './exportFixtures';
import { blobBytes, readExcel } from './officeReaders';
import type { ExcelSheet } from './officeReaders';

const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STATUSES = ['Not yet reviewed', 'In place', 'Partly in place', 'Gap', 'Not applicable'];
const DUTY_HEADERS = [
  'Area',
  'QSI standards',
  'Duty',
  'Found in',
  'JD/PS reference',
  'Comments',
  'Status',
  'Action',
  'Action owner',
  'Action due date',
  'Last modified',
  'Modified by'
];

let sheets: ExcelSheet[];
let workbook: Document;
beforeAll(async () => {
  ({ sheets, workbook } = await readExcel(await blobBytes(await buildMappingXlsx(sampleInput()))));
});

/** Excel stores dates as days since 30/12/1899. */
function excelDate(serial: string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(Number(serial) * 86400000));
  return date.toISOString().slice(0, 16);
}

describe('Excel export of a mapping', () => {
  it('has a Duties sheet with one row per duty under the header labels, holding every seed duty line', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Duties', 'Summary']);
    const [header, ...rows] = sheets[0].rows;
    expect(header).toEqual(DUTY_HEADERS);
    expect(rows).toHaveLength(sampleInput().entries.length);
    const dutyCells = rows.map((row) => row[2].split('\n').map((line) => normalise(line.replace(/^\s*– /, ''))));
    for (const duty of readSeed().areas.flatMap((area) => area.duties)) {
      expect(dutyCells.flat()).toContain(duty);
    }
  });

  it("carries each entry's area, QSI codes, found in, reference, comments, status, action and history", () => {
    const input = sampleInput();
    const rows = sheets[0].rows.slice(1);
    rows.forEach((row, index) => {
      const entry = input.entries[index];
      expect(row[4]).toBe(entry.reference);
      expect(row[5]).toBe(entry.comments);
      expect(row[6]).toBe(STATUSES[index % 5]);
      expect(row[11]).toBe('Jo Bloggs');
      expect(excelDate(row[10])).toBe('2026-11-02T10:15');
      if (entry.action) {
        expect(row.slice(7, 9)).toEqual([entry.action.what, entry.action.owner]);
        expect(excelDate(row[9]).slice(0, 10)).toBe('2026-03-31');
      } else {
        expect(row.slice(7, 10).join('')).toBe('');
      }
    });
    expect(rows[0].slice(0, 2)).toEqual(['Maintain a clean and safe environment', 'XR-204']);
    expect(rows[0][3]).toBe('Not yet mapped');
    expect(rows[1][3]).toBe('JD');
  });

  it('freezes the header row, turns filters on, sets widths and offers the five statuses as a drop-down', () => {
    const xml = sheets[0].xml;
    const pane = xml.getElementsByTagNameNS(S, 'pane')[0];
    expect([pane.getAttribute('state'), pane.getAttribute('ySplit'), pane.getAttribute('topLeftCell')]).toEqual(['frozen', '1', 'A2']);
    const rowCount = sheets[0].rows.length;
    expect(xml.getElementsByTagNameNS(S, 'autoFilter')[0].getAttribute('ref')).toBe(`A1:L${rowCount}`);
    const widths = Array.from(xml.getElementsByTagNameNS(S, 'col')).map((col) => Number(col.getAttribute('width')));
    expect(widths).toHaveLength(12);
    expect(widths[2]).toBeGreaterThan(widths[3]);
    const validation = xml.getElementsByTagNameNS(S, 'dataValidation')[0];
    expect(validation.getAttribute('type')).toBe('list');
    expect(validation.getAttribute('sqref')).toBe(`G2:G${rowCount}`);
    expect(validation.getElementsByTagNameNS(S, 'formula1')[0].textContent).toBe(`"${STATUSES.join(',')}"`);
    const order = Array.from(xml.documentElement.children).map((child) => child.localName);
    expect(order.indexOf('sheetData')).toBeLessThan(order.indexOf('autoFilter'));
    expect(order.indexOf('autoFilter')).toBeLessThan(order.indexOf('dataValidations'));
    const filterName = Array.from(workbook.getElementsByTagNameNS(S, 'definedName')).find((name) => name.getAttribute('name') === '_xlnm._FilterDatabase');
    expect(filterName?.textContent).toBe(`'Duties'!$A$1:$L$${rowCount}`);
  });

  it('has a Summary sheet with the header fields and the counts per area and in all', () => {
    const rows = sheets[1].rows;
    expect(rows.slice(1, 5)).toEqual([
      ['Team', 'CT & MRI'],
      ['Completed by (name all involved)', 'Jo Bloggs, Sam Student'],
      ['Date completed', '30/10/2026'],
      ['Notes', 'Reviewed at the October team meeting.']
    ]);
    // The framework, its role and band (one framework per role) and version.
    expect(rows.slice(5, 9)).toEqual([
      ['Framework', sampleInput().framework.title],
      ['Role', 'Assistant Practitioner'],
      ['Band', 'indicative AfC Band 4'],
      ['Framework version', '1']
    ]);
    const countsHeader = rows.findIndex((row) => row[0] === 'Area');
    expect(rows[countsHeader]).toEqual(['Area', 'Duties', ...STATUSES]);
    const input = sampleInput();
    const areaRows = rows.slice(countsHeader + 1, countsHeader + 1 + input.framework.areas.length);
    expect(areaRows.map((row) => row[0])).toEqual(input.framework.areas.map((area) => area.title));
    areaRows.forEach((row, index) => {
      const duties = input.framework.areas[index].duties.length;
      expect(Number(row[1])).toBe(duties);
      expect(row.slice(2).reduce((sum, count) => sum + Number(count), 0)).toBe(duties);
    });
    const total = rows[countsHeader + 1 + input.framework.areas.length];
    expect(total[0]).toBe('All areas');
    expect(Number(total[1])).toBe(input.entries.length);
    expect(Number(total[2 + 3])).toBe(input.entries.filter((entry) => entry.status === 'gap').length);
  });
});

describe('Excel export of hostile input', () => {
  it('makes a well-formed file: markup kept as text, forbidden characters dropped, a 63,999-character comment cut to fit a cell with a note', async () => {
    const { sheets: hostile } = await readExcel(await blobBytes(await buildMappingXlsx(hostileInput())));
    const rows = hostile[0].rows.slice(1);
    expect(rows[0][5].length).toBeLessThanOrEqual(32767);
    expect(rows[0][5]).toMatch(/shortened to fit one Excel cell; the full text is in the app\)$/);
    expect(rows[1][5]).toBe(NASTY_CLEAN);
    expect(rows[1][7]).toBe(NASTY_CLEAN);
    expect(rows[1][9] ?? '').toBe('');
    expect(rows[0][10] ?? '').toBe('');
    expect(rows[0][11]).toBe(NASTY_CLEAN);
    expect(hostile[1].rows[1][1]).toBe(`CON: <b>"Team"</b>/\\|?* ${NASTY_CLEAN}...  `);
  });
});
