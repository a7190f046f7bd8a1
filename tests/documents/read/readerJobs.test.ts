/**
 * @jest-environment node
 */
import JSZip from 'jszip';
import { MAX_TEXT_BYTES } from '../../../src/documents/read/documentErrors';
import { loadPdfLibrary } from '../../../src/documents/read/pdfLibrary';
import { runPdfJob } from '../../../src/documents/read/worker/pdfJobs';
import { packClauses, runReaderJob, SHOWN_UNMATCHED, unpackClauses } from '../../../src/documents/read/worker/readerJobs';
import { zipPartSizes } from '../../../src/documents/read/zipEntries';
import { dutyQueries } from '../../../src/model/jd';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { buildDocx, buildPasswordProtectedPdf, buildPdf, fixtureBlocks } from '../../support/jdDocuments';

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
    expect(read.ok && read.op === 'read' && read.document.clauses.count).toBeGreaterThan(10);
    const packed = read.ok && read.op === 'read' ? [read.document.clauses] : [];
    expect(unpackClauses(packed)).toHaveLength(packed[0].count);
    const ranked = await runReaderJob({ op: 'suggest', duties: dutyQueries(DEFAULT_FRAMEWORK), documents: packed });
    expect(ranked.ok && ranked.op === 'suggest' && ranked.set.byDuty.length).toBeGreaterThan(0);
  });

  it('reads a chosen file handed over as a Blob, and sends back only the unmatched clauses the panel lists, with how many there are', async () => {
    const docx = await buildDocx(fixtureBlocks('general-xray-jd.txt'));
    const fromBlob = await runReaderJob({ op: 'read', source: 'jd', input: { type: 'docx', data: new Blob([docx]) } });
    const fromBytes = await runReaderJob({ op: 'read', source: 'jd', input: { type: 'docx', data: buffer(docx) } });
    expect(fromBlob).toEqual(fromBytes);

    const many = Array.from({ length: 450 }, (_, i) => ({ id: `jd-${i + 1}`, source: 'jd' as const, label: String(i + 1), text: `Orders stationery for the office, item ${i + 1}.` }));
    const ranked = await runReaderJob({ op: 'suggest', duties: dutyQueries(DEFAULT_FRAMEWORK), documents: [packClauses(many)] });
    expect(ranked).toMatchObject({ ok: true, op: 'suggest', set: { unmatchedTotal: 450 } });
    expect(ranked.ok && ranked.op === 'suggest' && ranked.set.unmatched.map((clause) => clause.id)).toEqual(many.slice(0, SHOWN_UNMATCHED).map((clause) => clause.id));
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
    expect(details).toMatchObject({ ok: true, op: 'read', document: { clauses: { count: 0 }, notes: [{ kind: 'noClauses', source: 'jd' }] } });
  });

  it('says a damaged .docx is damaged', async () => {
    expect(await runReaderJob({ op: 'read', source: 'ps', input: { type: 'docx', data: new ArrayBuffer(40) } })).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('reads a PDF in the PDF reader worker’s job, a chosen file handed over as a Blob as from bytes, into the clauses the .docx gives', async () => {
    const blocks = fixtureBlocks('general-xray-jd.txt');
    const pdf = await buildPdf(blocks);
    const library = await loadPdfLibrary();
    const fromBlob = await runPdfJob({ op: 'read', source: 'jd', input: { type: 'pdf', data: new Blob([pdf]) } }, library);
    const fromBytes = await runPdfJob({ op: 'read', source: 'jd', input: { type: 'pdf', data: buffer(pdf) } }, library);
    expect(fromBlob).toEqual(fromBytes);
    const docx = await runReaderJob({ op: 'read', source: 'jd', input: { type: 'docx', data: buffer(await buildDocx(blocks)) } });
    const texts = (result: typeof docx): string[] => (result.ok && result.op === 'read' ? unpackClauses([result.document.clauses]).map((clause) => clause.text) : []);
    expect(texts(fromBlob).length).toBeGreaterThan(10);
    expect(texts(fromBlob)).toEqual(texts(docx));
  });

  it('says a damaged or password-protected PDF is so', async () => {
    const library = await loadPdfLibrary();
    const damaged = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body');
    expect(await runPdfJob({ op: 'read', source: 'ps', input: { type: 'pdf', data: buffer(damaged) } }, library)).toEqual({ ok: false, problem: 'corrupt' });
    expect(await runPdfJob({ op: 'read', source: 'ps', input: { type: 'pdf', data: buffer(buildPasswordProtectedPdf()) } }, library)).toEqual({ ok: false, problem: 'encrypted' });
  });
});
