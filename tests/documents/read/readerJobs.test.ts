/**
 * @jest-environment node
 */
import JSZip from 'jszip';
import { MAX_TEXT_BYTES } from '../../../src/documents/read/documentErrors';
import { runReaderJob } from '../../../src/documents/read/worker/readerJobs';
import { zipPartSizes } from '../../../src/documents/read/zipEntries';
import { dutyQueries } from '../../../src/model/jd';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { buildDocx, fixtureBlocks } from '../../support/jdDocuments';

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** A small .docx whose document.xml inflates to `size` bytes: whitespace between two paragraphs compresses to almost nothing. */
async function inflatingDocx(size: number): Promise<Uint8Array> {
  const padding = ' '.repeat(size);
  const stored = await buildDocx([], false, `<w:p><w:r><w:t>Main duties</w:t></w:r></w:p>${padding}<w:p><w:r><w:t>1. Use PACS.</w:t></w:r></w:p>`);
  const zip = await JSZip.loadAsync(stored);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('reading in the reader worker’s jobs', () => {
  it('reads a .docx into clauses and ranks them, as on the page', async () => {
    const docx = await buildDocx(fixtureBlocks('general-xray-jd.txt'));
    const read = await runReaderJob({ op: 'read', source: 'jd', input: { type: 'docx', data: buffer(docx) } });
    expect(read.ok && read.op === 'read' && read.document.clauses.length).toBeGreaterThan(10);
    const clauses = read.ok && read.op === 'read' ? read.document.clauses : [];
    const ranked = await runReaderJob({ op: 'suggest', duties: dutyQueries(DEFAULT_FRAMEWORK), clauses });
    expect(ranked.ok && ranked.op === 'suggest' && ranked.set.byDuty.length).toBeGreaterThan(0);
  });

  it('refuses a .docx whose document.xml inflates past 20 MB, from the ZIP directory, without inflating it', async () => {
    const docx = await inflatingDocx(21 * 1024 * 1024);
    expect(docx.byteLength).toBeLessThan(200 * 1024);
    expect(zipPartSizes(buffer(docx)).get('word/document.xml')).toBeGreaterThan(20 * 1024 * 1024);
    const started = Date.now();
    expect(await runReaderJob({ op: 'read', source: 'jd', input: { type: 'docx', data: buffer(docx) } })).toEqual({ ok: false, problem: 'tooMuchText' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a text past 2 MB, and says a JD of job details alone has no clauses, as a note', async () => {
    expect(await runReaderJob({ op: 'read', source: 'jd', input: { type: 'text', text: 'a'.repeat(MAX_TEXT_BYTES + 1) } })).toEqual({ ok: false, problem: 'tooMuchText' });
    const details = await runReaderJob({ op: 'read', source: 'jd', input: { type: 'text', text: 'Job title: Assistant Practitioner\nBand: 4' } });
    expect(details).toMatchObject({ ok: true, op: 'read', document: { clauses: [], notes: [{ kind: 'noClauses', source: 'jd' }] } });
  });

  it('says a damaged .docx is damaged', async () => {
    expect(await runReaderJob({ op: 'read', source: 'ps', input: { type: 'docx', data: new ArrayBuffer(40) } })).toEqual({ ok: false, problem: 'corrupt' });
  });
});
