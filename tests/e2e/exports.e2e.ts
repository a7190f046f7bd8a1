import { JSDOM } from 'jsdom';
import { GENERAL_XRAY_ANSWERS, GENERAL_XRAY_TEAM } from '../../local/seed/demoContent';
import type { DutyStatus, FoundIn } from '../../src/model';
import { foundInWord, statusWord } from '../../src/wording/vocabulary';
import { readExcel, readWord } from '../documents/write/officeReaders';
import { normalise, readSeed } from '../model/seedExtraction';
import { DEMO, openMapping } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { downloadExport } from './support/downloads';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

// The readers parse XML with the DOM's parser; this journey runs in Node, so jsdom supplies one.
Object.assign(globalThis, { DOMParser: new JSDOM('').window.DOMParser });

const statusLabel = (key: DutyStatus): string => statusWord(key).label;
const foundInLabel = (key: FoundIn): string => foundInWord(key).label;

describe('downloading a mapping as Word and Excel', () => {
  const browser = browserForThisFile();
  const site = localSiteForThisFile();

  it('gives a Visitor the SoR form as a Word document and the duties as an Excel workbook, with every answer', async () => {
    const context = await contextAs(browser, site.url, 'visitor');
    try {
      const page = await openMapping(context, site, DEMO.generalXray.id);
      const today = new Date().toISOString().slice(0, 10);
      const seed = readSeed();
      const answered = Object.entries(GENERAL_XRAY_ANSWERS);

      const wordFile = await downloadExport(page, 'Word document (.docx)');
      await page.getByText(/^Downloading the Word document as /).waitFor({ state: 'attached' });
      expect(wordFile.name).toBe(`${GENERAL_XRAY_TEAM} – duty mapping – ${today}.docx`);
      const word = await readWord(wordFile.bytes);
      const text = normalise(word.paragraphs.map((p) => p.text).join('\n'));
      for (const duty of seed.areas.flatMap((area) => area.duties)) {
        expect(word.paragraphs.map((p) => normalise(p.text))).toContain(duty);
      }
      for (const label of ['Team', 'Completed by (name all involved)', 'Date completed', 'Notes', 'Map to either JD/PS', 'Status']) {
        expect(text).toContain(label);
      }
      for (const note of seed.provenance) {
        expect(text).toContain(normalise(note));
      }
      const cells = word.tables.flatMap((table) => table.flatMap((row) => row.cells));
      expect(cells).toContain(GENERAL_XRAY_TEAM);
      for (const [, answer] of answered) {
        expect(cells).toContain(answer.reference ? `${foundInLabel(answer.foundIn)} – ${answer.reference}` : foundInLabel(answer.foundIn));
        expect(cells).toContain(answer.comments);
        if (answer.action) {
          expect(cells).toContain(answer.action.what);
          expect(cells).toContain(answer.action.owner);
        }
      }
      expect(word.footers.join(' ')).toMatch(/Exported on \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} by Vera Vance\./);

      const excelFile = await downloadExport(page, 'Excel workbook (.xlsx)');
      expect(excelFile.name).toBe(`${GENERAL_XRAY_TEAM} – duty mapping – ${today}.xlsx`);
      const { sheets } = await readExcel(excelFile.bytes);
      const [header, ...rows] = sheets[0].rows;
      expect(header.slice(0, 7)).toEqual(['Area', 'QSI standards', 'Duty', 'Found in', 'JD/PS reference', 'Comments', 'Status']);
      for (const [, answer] of answered) {
        const row = rows.find((r) => r[5] === answer.comments);
        expect(row).toBeDefined();
        expect(row?.slice(3, 7)).toEqual([foundInLabel(answer.foundIn), answer.reference, answer.comments, statusLabel(answer.status)]);
        expect(row?.[7] ?? '').toBe(answer.action?.what ?? '');
        expect(row?.[11]).toBeTruthy();
      }
      expect(sheets[1].rows[1]).toEqual(['Team', GENERAL_XRAY_TEAM]);
      await screenshot(page, 'exports-01-download-menu', { fullPage: false });
    } finally {
      await context.close();
    }
  });
});
