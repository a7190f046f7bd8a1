import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { dirname, join } from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import type { TextBlock } from '../../src/model/jd/types';
import { buildDocx, fixtureBlocks, JD_FIXTURES } from '../support/jdDocuments';
import { commentsField, gridReady, openPath, settled, shownValue, statusControl, teamField, waitForDialog, waitForSaved } from './support/app';
import { seriousViolations } from './support/axe';
import { describeLongTasks, longestAppTask, mainThreadSettled, watchMainThread } from './support/mainThread';
import { USERS, contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

const PANEL = 'Job description and person specification';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DUTIES = DEFAULT_FRAMEWORK.areas.flatMap((area) => area.duties);
const LABELS = JSON.parse(readFileSync(join(JD_FIXTURES, 'labels.json'), 'utf8')) as { pairs: Array<{ name: string; covers: Record<string, string[]> }> };
/** The small department's JD covers 9 of the 24 duties (tests/fixtures/jd/labels.json). */
const SMALL = LABELS.pairs.find((pair) => pair.name === 'small-dept')?.covers ?? {};

jest.setTimeout(300_000);

function fileInput(panel: Locator): Locator {
  return panel.locator('input[type="file"][aria-label="Choose a .docx or .pdf file for the Job description (JD)"]');
}

async function createMapping(page: Page, team: string): Promise<void> {
  await page.getByRole('button', { name: 'Start a new mapping' }).click();
  const dialog = await waitForDialog(page, 'Start a new mapping');
  await teamField(dialog).fill(team);
  await dialog.getByRole('button', { name: 'Create mapping' }).click();
  await gridReady(page);
}

async function openPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add JD and PS' }).click();
  const panel = page.getByRole('dialog', { name: PANEL });
  await panel.getByText(/^Add this team's job description/).waitFor();
  return panel;
}

/** A .docx of about `bytes` made of realistic JD paragraphs (stored, not compressed, so the file is that large). */
async function largeDocx(bytes: number): Promise<Buffer> {
  const lines = fixtureBlocks('general-xray-jd.txt').filter((block) => block.kind === 'item');
  const blocks: TextBlock[] = [{ text: 'Main duties', kind: 'heading' }];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const line = lines[i % lines.length];
    blocks.push({ text: `${line.text} (${i + 1})`, kind: 'item', number: String(i + 1) });
    size += line.text.length + 200;
  }
  return Buffer.from(await buildDocx(blocks));
}

/**
 * A text PDF of about `bytes`, written by hand (pdf-lib compresses every content stream, so its file would hold several
 * times the text): pages of bulleted JD items, wrapped as a word processor prints them, in uncompressed content streams,
 * so the whole file is text for pdf.js to parse, as the 10 MB .docx is XML for mammoth.
 */
function largePdf(bytes: number): Buffer {
  const texts = fixtureBlocks('general-xray-jd.txt').flatMap((block) => (block.kind === 'item' ? [block.text] : []));
  const literal = (text: string): string => `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')})`;
  const wrapped = (text: string): string[] =>
    text.split(' ').reduce<string[]>((lines, word) => {
      const last = lines.length - 1;
      return last >= 0 && `${lines[last]} ${word}`.length <= 90 ? [...lines.slice(0, last), `${lines[last]} ${word}`] : [...lines, word];
    }, []);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
  ];
  const pages: number[] = [];
  let item = 0;
  for (let size = 0; size < bytes; ) {
    let y = 786;
    let content = `BT /F2 12 Tf 56 ${y} Td ${literal(`Main duties, part ${pages.length + 1}`)} Tj ET\n`;
    for (y -= 24; y > 80; y -= 6) {
      wrapped(`${texts[item % texts.length]} (${item + 1})`).forEach((line, index) => {
        // WinAnsi 0x95 (octal 225) is the bullet.
        content += `BT /F1 10 Tf ${index === 0 ? 56 : 68} ${y} Td ${index === 0 ? '(\\225 ) Tj ' : ''}${literal(line)} Tj ET\n`;
        y -= 13;
      });
      item += 1;
    }
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${objects.length} 0 R >>`);
    pages.push(objects.length);
    size += content.length + 160;
  }
  objects[1] = `<< /Type /Pages /Kids [${pages.map((page) => `${page} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('JD quality: gaps, safe reading and the teams side by side', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'member');
  });

  it('a JD covering half the duties: no suggestion for an uncovered duty, one listed gap marked as Gap with the keyboard, kept after a reload', async () => {
    const team = 'Westdale Community Hospital — X-ray';
    const page = await openPath(context, site, '/');
    await createMapping(page, team);
    const panel = await openPanel(page);
    await fileInput(panel).setInputFiles({ name: 'Westdale AP JD.docx', mimeType: DOCX, buffer: Buffer.from(await buildDocx(fixtureBlocks('small-dept-jd.txt'))) });
    await panel.getByText(/^Westdale AP JD\.docx: \d+ clauses read\.$/).waitFor();
    const gaps = panel.getByRole('list', { name: 'Not found in your JD or PS' });
    await gaps.waitFor();

    // An uncovered duty (by the fixture's labels) that the list offers: the review shows no suggestion for it.
    const listed = await gaps.getByRole('button', { name: /^Mark as Gap: / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const uncovered = DUTIES.find((duty) => (SMALL[duty.id] ?? []).length === 0 && listed.includes(`Mark as Gap: ${duty.text}`));
    expect(uncovered).toBeDefined();
    const duty = uncovered ?? DUTIES[0];
    const position = DUTIES.indexOf(duty);
    for (let step = 0; step < position; step += 1) {
      await panel.getByRole('button', { name: 'Next duty' }).click();
    }
    await panel.getByText(`Duty ${position + 1} of 24`).waitFor();
    await panel.getByText('No clause in the JD or PS matches this duty closely. It may not be in them.').waitFor();
    expect(await panel.getByRole('list', { name: 'Suggested clauses for this duty' }).count()).toBe(0);
    // Fewer listed gaps than duties: the JD covers some (it is not every duty).
    expect(listed.length).toBeLessThan(24);
    expect(listed.length).toBeGreaterThanOrEqual(10);

    const button = gaps.getByRole('button', { name: `Mark as Gap: ${duty.text}` });
    await button.focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('status').getByText(`Marked as Gap: ${duty.text}`).waitFor();
    await gaps.getByRole('listitem').filter({ hasText: duty.text }).getByText('Marked as Gap').waitFor();
    await screenshot(page, 'jdquality-01-gap-marked');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await waitForSaved(page);

    await page.reload();
    await settled(page);
    await page.getByRole('button', { name: `${team}: open the mapping` }).click();
    await gridReady(page);
    expect(await shownValue(statusControl(page, duty.id))).toBe('Gap');
    expect(await commentsField(page, duty.id).inputValue()).toBe('Not in JD/PS');
  });

  it('reads a 10 MB .docx off the page’s thread (longest main-thread task measured) and refuses a small .docx that inflates to 60 MB', async () => {
    const page = await openPath(context, site, '/');
    await createMapping(page, 'Large document team');
    const panel = await openPanel(page);
    const large = await largeDocx(15.5 * 1024 * 1024);
    expect(large.byteLength).toBeLessThanOrEqual(10 * 1024 * 1024);
    // Chosen from a file on disk, as a person chooses one: a file given as a buffer is decoded from base64 by Playwright's
    // own script on the page's thread (a 10 s task for 10 MB), which would be measured as the app's.
    const path = join(mkdtempSync(join(tmpdir(), 'jd-large-')), 'Large JD.docx');
    writeFileSync(path, large);
    const input = fileInput(panel);
    await input.waitFor({ state: 'attached' });
    // Read, stored, ranked, and every part of the suggestions shown (the unmatched clauses come last).
    await watchMainThread(page, [
      'Large JD\\.docx: \\d+ clauses read\\.',
      'Stored for the team: Large JD\\.docx',
      'The JD is very long: its first 5000 clauses of \\d+ were read\\.',
      'Duty 1 of 24',
      'In the JD but not in the framework'
    ]);
    const since = await page.evaluate(() => performance.now());
    const started = Date.now();
    await input.setInputFiles(path);
    const record = await mainThreadSettled(page, 240_000);
    const readMs = Date.now() - started;
    const longest = longestAppTask(record);
    // The figure the issue asks for, printed for the closing note (npx jest -c jest.e2e.config.js tests/e2e/jdQuality.e2e.ts),
    // with every long task and what ran in it.
    const [load] = loadavg();
    process.stdout.write(
      `jd.largeDocument: ${(large.byteLength / 1048576).toFixed(1)} MB .docx read, stored and ranked in ${readMs} ms; ` +
        `longest main-thread task ${Math.round(longest)} ms (${record.tasks.length} over 50 ms; load average ${load.toFixed(1)} on ${cpus().length} cores)\n` +
        describeLongTasks(record, since).map((line) => `${line}\n`).join('')
    );
    await panel.getByText(/^Large JD\.docx: \d+ clauses read\.$/).waitFor();
    await panel.getByText(/^The JD is very long: its first 5000 clauses of \d+ were read\.$/).waitFor();
    await panel.getByText('Duty 1 of 24').waitFor();
    // The issue's figure (< 200 ms) holds for the app; on a machine busier than its cores every task takes several times
    // as long, and the figure is then reported, not asserted.
    if (load < cpus().length) {
      expect(longest).toBeLessThan(200);
    }

    const bomb = await buildDocx([], false, `<w:p><w:r><w:t>Main duties</w:t></w:r></w:p>${' '.repeat(60 * 1024 * 1024)}`);
    const JSZip = (await import('jszip')).default;
    const small = Buffer.from(await (await JSZip.loadAsync(bomb)).generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(small.byteLength).toBeLessThan(400 * 1024);
    const inflating = join(dirname(path), 'Inflating JD.docx');
    writeFileSync(inflating, small);
    // The JD read before stays in use (bad input loses nothing): the refusal is shown beside it, in the "kept" wording.
    await watchMainThread(page, ['Inflating JD\\.docx could not be used\\.']);
    await input.setInputFiles(inflating);
    const refusal = await mainThreadSettled(page, 60_000);
    await panel
      .getByText(/^Inflating JD\.docx could not be used\. This document holds far more text than any job description .* The Job description \(JD\) read before is still used\.$/)
      .waitFor();
    await panel.getByText(/^Large JD\.docx: 5000 clauses read\.$/).waitFor();
    process.stdout.write(`jd.inflatingDocument: longest main-thread task ${Math.round(longestAppTask(refusal))} ms\n`);
  }, 420_000);

  it('reads a 10 MB .pdf off the page’s thread (longest main-thread task measured)', async () => {
    const page = await openPath(context, site, '/');
    await createMapping(page, 'Large PDF team');
    const panel = await openPanel(page);
    const large = largePdf(9.8 * 1024 * 1024);
    expect(large.byteLength).toBeLessThanOrEqual(10 * 1024 * 1024);
    const path = join(mkdtempSync(join(tmpdir(), 'jd-large-')), 'Large JD.pdf');
    writeFileSync(path, large);
    const input = fileInput(panel);
    await input.waitFor({ state: 'attached' });
    // Read in the PDF reader worker, stored, ranked, and every part of the suggestions shown, as for the .docx.
    await watchMainThread(page, [
      'Large JD\\.pdf: \\d+ clauses read\\.',
      'Stored for the team: Large JD\\.pdf',
      'The JD is very long: its first 5000 clauses of \\d+ were read\\.',
      'Duty 1 of 24',
      'In the JD but not in the framework'
    ]);
    const since = await page.evaluate(() => performance.now());
    const started = Date.now();
    await input.setInputFiles(path);
    const record = await mainThreadSettled(page, 280_000);
    const readMs = Date.now() - started;
    const longest = longestAppTask(record);
    const [load] = loadavg();
    process.stdout.write(
      `jd.largePdf: ${(large.byteLength / 1048576).toFixed(1)} MB .pdf read, stored and ranked in ${readMs} ms; ` +
        `longest main-thread task ${Math.round(longest)} ms (${record.tasks.length} over 50 ms; load average ${load.toFixed(1)} on ${cpus().length} cores)\n` +
        describeLongTasks(record, since).map((line) => `${line}\n`).join('')
    );
    await panel.getByText(/^Large JD\.pdf: 5000 clauses read\.$/).waitFor();
    await panel.getByText(/^The JD is very long: its first 5000 clauses of \d+ were read\.$/).waitFor();
    if (load < cpus().length) {
      expect(longest).toBeLessThan(200);
    }
  }, 420_000);

  it('shows three teams’ JD and PS coverage side by side from the overview', async () => {
    const services = createSharePointServices(createLocalSp(site.siteUrl, { user: USERS.member }));
    const answers: Record<string, Record<string, { foundIn: 'jd' | 'ps' | 'jdAndPs' | 'neither'; reference?: string }>> = {
      'Northgate — CT': { 'clean-safe-1': { foundIn: 'jd', reference: 'JD 3.2' }, 'communicate-1': { foundIn: 'jdAndPs', reference: 'JD 4.1; PS Essential 2' } },
      'Northgate — MRI': { 'clean-safe-1': { foundIn: 'neither' }, 'communicate-1': { foundIn: 'ps', reference: 'PS Essential 5' } },
      'Northgate — Ultrasound': { 'clean-safe-1': { foundIn: 'jd', reference: 'JD 2.7' }, 'communicate-1': { foundIn: 'jd', reference: 'JD 1.3' } }
    };
    for (const [team, byDuty] of Object.entries(answers)) {
      const id = await services.mappings.createMapping({
        header: { team, completedBy: { people: [], otherNames: ['Sam Patel'] }, notes: '', dateCompleted: '2026-11-30' }
      });
      const opened = await services.mappings.openMapping(id);
      await services.mappings.saveChanges(id, {
        entries: Object.entries(byDuty).map(([dutyId, answer]) => ({
          entry: { ...(opened.mapping.entries.find((entry) => entry.dutyId === dutyId) ?? opened.mapping.entries[0]), reference: '', ...answer },
          etag: opened.entryEtags[dutyId]
        }))
      });
      await services.documents.saveDocument(id, { kind: 'jd', originalName: `${team} JD.docx`, format: 'docx', bytes: await buildDocx(fixtureBlocks('general-xray-jd.txt')) });
    }

    const page = await openPath(context, site, '/');
    await page.getByRole('navigation', { name: 'Duty mapping views' }).getByRole('button', { name: 'Overview', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+/ }).waitFor();
    await page.getByRole('button', { name: 'JD coverage' }).click();
    const table = page.getByRole('table', { name: 'Duties by team: whose JD or PS covers each duty' });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(Object.keys(answers)));
    const column = (team: string): number => headers.indexOf(team);
    const cells = async (dutyId: string): Promise<string[]> => {
      const text = DUTIES.find((d) => d.id === dutyId)?.text ?? '';
      // Without the icon font's private-use glyphs, as a person reads the cell.
      const texts = await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: text, exact: true }) }).getByRole('cell').allInnerTexts();
      return texts.map((cell) => cell.replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' ').trim());
    };
    const safety = await cells('clean-safe-1');
    // Cells follow the team headers after the duty's own header.
    expect(safety[column('Northgate — CT') - 1]).toBe('JD JD 3.2');
    expect(safety[column('Northgate — MRI') - 1]).toBe('Not in JD or PS');
    expect(safety[column('Northgate — Ultrasound') - 1]).toBe('JD JD 2.7');
    expect(safety[safety.length - 1]).toMatch(/Teams differ/);
    const communicate = await cells('communicate-1');
    expect(communicate[column('Northgate — MRI') - 1]).toBe('PS PS Essential 5');
    await screenshot(page, 'jdquality-02-coverage', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByText('Only duties where teams differ', { exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Showing \d+ of 24 duties/ }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Export to Excel' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^JD coverage – duty mapping – \d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
