/**
 * A 10 MB JD read in the JD panel, as the e2e (tests/e2e/jdQuality.e2e.ts) and `npm run bench`
 * (scripts/bench/jdLongTask.ts) both do it: the large .docx and .pdf made from the fixtures' text,
 * the panel's file input, and one read with the page's main thread watched (support/mainThread.ts)
 * from choosing the file until the panel shows it read, stored and ranked.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';
import type { TextBlock } from '../../../src/model/jd/types';
import { buildDocx, fixtureBlocks } from '../../support/jdDocuments';
import { longestAppTask, mainThreadSettled, watchMainThread } from './mainThread';
import type { MainThreadRecord } from './mainThread';

export const JD_PANEL = 'Job description and person specification';

/** The JD panel's file input (hidden behind its button; a file is chosen on it as a person's choice would be). */
export function jdFileInput(panel: Locator): Locator {
  return panel.locator('input[type="file"][aria-label="Choose a .docx or .pdf file for the Job description (JD)"]');
}

/**
 * Opens the JD panel from an open mapping.
 *
 * @param page - A page showing a mapping.
 * @returns The panel, once it offers to add a JD.
 */
export async function openJdPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add JD and PS' }).click();
  const panel = page.getByRole('dialog', { name: JD_PANEL });
  await panel.getByText(/^Add this team's job description/).waitFor();
  return panel;
}

/** A .docx of about `bytes` made of realistic JD paragraphs (stored, not compressed, so the file is that large). */
export async function largeDocx(bytes: number): Promise<Buffer> {
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
export function largePdf(bytes: number): Buffer {
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

/** The two large documents: a .docx of 15.5 MB of text (under 10 MB as a file) and a .pdf of 9.8 MB. */
export async function largeDocument(format: 'docx' | 'pdf'): Promise<Buffer> {
  return format === 'docx' ? largeDocx(15.5 * 1024 * 1024) : largePdf(9.8 * 1024 * 1024);
}

/**
 * Writes a file to a new temporary folder. A large file is chosen from disk, as a person chooses one: a file given to
 * Playwright as a buffer is decoded from base64 by Playwright's own script on the page's thread (a 10 s task for
 * 10 MB), which would be measured as the app's.
 *
 * @param name - The file's name.
 * @param bytes - Its content.
 * @returns Its path.
 */
export function onDisk(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jd-large-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** What one large read measured. */
export interface LargeRead {
  record: MainThreadRecord;
  /** Choosing the file to the panel showing it read, stored and ranked (with the frames that paint it, plus a second). */
  readMs: number;
  /** The longest task the app ran on the page's main thread meanwhile (longestAppTask). */
  longestMs: number;
  /** When the file was chosen, ms since the page opened (for describeLongTasks). */
  since: number;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chooses a large JD in the panel and watches the page's main thread until the panel shows it read, stored, cut to its
 * first 5000 clauses, ranked, and every part of the suggestions (the unmatched clauses come last).
 *
 * @param page - The page.
 * @param panel - The open JD panel.
 * @param path - The file on disk (see onDisk); its name is what the panel shows.
 * @param timeout - How long the read may take, in ms.
 * @returns The figures.
 */
export async function readLargeJd(page: Page, panel: Locator, path: string, timeout: number): Promise<LargeRead> {
  const name = escaped(path.split(/[\\/]/).pop() ?? path);
  const input = jdFileInput(panel);
  await input.waitFor({ state: 'attached' });
  await watchMainThread(page, [
    `${name}: \\d+ clauses read\\.`,
    `Stored for the team: ${name}`,
    'The JD is very long: its first 5000 clauses of \\d+ were read\\.',
    'Duty 1 of \\d+',
    'In the JD but not in the framework'
  ]);
  const since = await page.evaluate(() => performance.now());
  const started = Date.now();
  await input.setInputFiles(path);
  const record = await mainThreadSettled(page, timeout);
  return { record, readMs: Date.now() - started, longestMs: longestAppTask(record), since };
}
