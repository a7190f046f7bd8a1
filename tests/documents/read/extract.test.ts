/**
 * @jest-environment node
 */
// pdf.js decides it runs in Node from `process`, so its tests run in jest's Node environment.
import { readDocument } from '../../../src/documents/read/readDocument';
import { DocumentReadError } from '../../../src/documents/read/documentErrors';
import type { DocumentProblem } from '../../../src/documents/read/documentErrors';
import { clauseReference, splitClauses } from '../../../src/model/jd';
import type { JdSource } from '../../../src/model/jd';
import {
  buildDocx,
  buildPasswordProtectedPdf,
  buildPdf,
  buildScannedPdf,
  criteriaTableXml,
  fileOf,
  numberedParagraphXml,
  fixtureBlocks
} from '../../support/jdDocuments';

/** What a team would cite and read: each clause's reference and text. */
function citations(blocks: Parameters<typeof splitClauses>[0], source: JdSource): string[] {
  return splitClauses(blocks, source).map((clause) => `${clauseReference(clause)}: ${clause.text}`);
}

async function problemOf(name: string, bytes: Uint8Array): Promise<DocumentProblem | undefined> {
  try {
    await readDocument(fileOf(name, bytes));
    return undefined;
  } catch (error) {
    if (error instanceof DocumentReadError) {
      return error.problem;
    }
    throw error;
  }
}

describe('reading a JD or PS from a real .docx', () => {
  it('keeps typed section numbers and Heading styles ("JD 3.2")', async () => {
    const blocks = fixtureBlocks('general-xray-jd.txt');
    const docx = await buildDocx(blocks);
    const read = await readDocument(fileOf('Assistant practitioner JD.docx', docx));
    const clauses = citations(read, 'jd');
    expect(clauses).toEqual(citations(blocks, 'jd'));
    expect(clauses).toContain(
      'JD 3.2: Follow the local rules for controlled areas, keeping yourself, patients and colleagues safe from radiation and from the MRI magnetic field when working near the MR unit.'
    );
  });

  it("numbers Word's own numbered list as Word shows it, continuing across headings", async () => {
    const blocks = fixtureBlocks('ct-mri-jd.txt');
    const docx = await buildDocx(blocks, true);
    const clauses = citations(await readDocument(fileOf('ct-mri.docx', docx)), 'jd');
    expect(clauses).toEqual(citations(blocks, 'jd'));
    expect(clauses).toContain(
      'JD 13: Make sure the correct patient episode appears on the scanner\'s modality worklist and that the right examination is chosen before scanning.'
    );
  });

  it('numbers a nested Word list "1.2", restarting the sub-items under each item', async () => {
    const body = [
      numberedParagraphXml('Clinical duties for patients', 0),
      numberedParagraphXml('Perform x-ray examinations of limbs', 1),
      numberedParagraphXml('Help patients onto the table', 1),
      numberedParagraphXml('Administration tasks for the team', 0),
      numberedParagraphXml('Book appointments on CRIS', 1)
    ].join('');
    const clauses = citations(await readDocument(fileOf('nested.docx', await buildDocx([], true, body))), 'jd');
    expect(clauses).toEqual([
      'JD 1: Clinical duties for patients',
      'JD 1.1: Perform x-ray examinations of limbs',
      'JD 1.2: Help patients onto the table',
      'JD 2: Administration tasks for the team',
      'JD 2.1: Book appointments on CRIS'
    ]);
  });

  it('counts bulleted criteria under Essential and Desirable headings through the PS ("PS Essential 4")', async () => {
    const blocks = fixtureBlocks('ct-mri-ps.txt');
    const clauses = citations(await readDocument(fileOf('ps.docx', await buildDocx(blocks))), 'ps');
    expect(clauses).toEqual(citations(blocks, 'ps'));
    expect(clauses).toContain('PS Essential 4: Experience of using a radiology information system and PACS');
    expect(clauses).toContain('PS Desirable 3: Experience of training or mentoring colleagues');
  });

  it('reads a PS laid out as a table by its Essential and Desirable columns, leaving out how each is assessed', async () => {
    const body = criteriaTableXml('Person specification', [
      {
        category: 'Qualifications',
        essential: ['Foundation degree for assistant practitioners'],
        desirable: ['Venepuncture certificate'],
        assessed: 'Application form'
      },
      {
        category: 'Knowledge',
        essential: ['Knowledge of PACS', 'Understanding of MRI safety'],
        desirable: [],
        assessed: 'Interview'
      }
    ]);
    const clauses = citations(await readDocument(fileOf('ps-table.docx', await buildDocx([], false, body))), 'ps');
    expect(clauses).toEqual([
      'PS Essential 1: Foundation degree for assistant practitioners',
      'PS Desirable 1: Venepuncture certificate',
      'PS Essential 2: Knowledge of PACS',
      'PS Essential 3: Understanding of MRI safety'
    ]);
  });
});

describe('reading a JD or PS from a real .pdf', () => {
  it('joins wrapped lines into clauses and keeps their numbers', async () => {
    const blocks = fixtureBlocks('general-xray-jd.txt');
    const clauses = citations(await readDocument(fileOf('jd.pdf', await buildPdf(blocks))), 'jd');
    expect(clauses).toEqual(citations(blocks, 'jd'));
  });

  it('reads bulleted Essential and Desirable criteria', async () => {
    const blocks = fixtureBlocks('general-xray-ps.txt');
    const clauses = citations(await readDocument(fileOf('ps.pdf', await buildPdf(blocks))), 'ps');
    expect(clauses).toEqual(citations(blocks, 'ps'));
    expect(clauses).toContain('PS Desirable 3: Experience of daily quality assurance checks on imaging equipment');
  });
});

describe('files that cannot be read say why', () => {
  it('a Word 97-2003 .doc', async () => {
    expect(await problemOf('JD.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('oldWord');
  });

  it('a password-protected .docx (an encrypted Office file is a compound file, not a zip)', async () => {
    expect(await problemOf('JD.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('encrypted');
  });

  it('a password-protected .pdf', async () => {
    expect(await problemOf('JD.pdf', buildPasswordProtectedPdf())).toBe('encrypted');
  });

  it('a damaged .docx and a damaged .pdf', async () => {
    const docx = await buildDocx(fixtureBlocks('ct-mri-ps.txt'));
    expect(await problemOf('PS.docx', docx.slice(0, docx.length / 2))).toBe('corrupt');
    const pdf = await buildPdf(fixtureBlocks('ct-mri-ps.txt'));
    expect(await problemOf('PS.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body'))).toBe('corrupt');
    expect(await problemOf('PS.pdf', pdf.slice(0, 40))).toBe('corrupt');
  });

  it('a file whose name says .pdf but which is something else', async () => {
    expect(await problemOf('PS.pdf', await buildDocx(fixtureBlocks('ct-mri-ps.txt')))).toBe('corrupt');
  });

  it('an empty file, and a .docx with no text', async () => {
    expect(await problemOf('JD.docx', new Uint8Array(0))).toBe('empty');
    expect(await problemOf('JD.docx', await buildDocx([]))).toBe('empty');
  });

  it('a scanned PDF with no text layer', async () => {
    expect(await problemOf('scan.pdf', await buildScannedPdf())).toBe('noTextLayer');
  });

  it('a file over 10 MB, before reading it', async () => {
    const huge = { name: 'JD.pdf', size: 10 * 1024 * 1024 + 1, arrayBuffer: jest.fn() };
    await expect(readDocument(huge)).rejects.toMatchObject({ problem: 'tooLarge' });
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('any other type', async () => {
    expect(await problemOf('JD.odt', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('unsupportedType');
    expect(await problemOf('JD.txt', new TextEncoder().encode('Main duties'))).toBe('unsupportedType');
  });
});
