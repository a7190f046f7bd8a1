/**
 * @jest-environment node
 */
// The Word-table layout is read by the app's .docx reader (mammoth), as a team's upload would be.
import { readFileSync } from 'fs';
import { join } from 'path';
import { clauseReference, linesToBlocks, pastedLines, readClauses } from '../../src/model/jd';
import type { DocumentClauses, JdSource, TextBlock } from '../../src/model/jd';
import { readDocument } from '../../src/documents/read/readDocument';
import { buildLayoutDocx, fileOf, JD_FIXTURES } from '../support/jdDocuments';
import type { DocxLayout } from '../support/jdDocuments';

function pasted(text: string): TextBlock[] {
  return linesToBlocks(pastedLines(text));
}

function fixture(file: string): string {
  return readFileSync(join(JD_FIXTURES, file), 'utf8');
}

function references(read: DocumentClauses): string[] {
  return read.clauses.map(clauseReference);
}

function apart(read: DocumentClauses, kind: string): string[] {
  return read.setApart.filter((line) => line.kind === kind).map((line) => line.text);
}

async function wordLayout(file: string, source: JdSource): Promise<DocumentClauses> {
  const docx = await buildLayoutDocx(JSON.parse(fixture(file)) as DocxLayout);
  return readClauses(await readDocument(fileOf(file.replace(/\.json$/, '.docx'), docx)), source);
}

describe('splitting the layouts NHS job descriptions use', () => {
  it('a trainee AP JD pasted from a PDF: job details, the organisation chart, page headers and footers and the contact line are set apart', () => {
    const read = readClauses(pasted(fixture('trainee-ap-jd.txt')), 'jd');
    expect(references(read)).toEqual(['JD Job summary', ...Array.from({ length: 16 }, (_, index) => `JD ${index + 1}`)]);
    expect(apart(read, 'jobDetails')).toEqual(
      expect.arrayContaining(['Band: Band 3 (Annex 21), moving to Band 4 on qualifying and completing the competency portfolio', 'Department: Diagnostic Imaging'])
    );
    // The chart's numbered lines are posts, not headings: they do not renumber the duties after them.
    expect(apart(read, 'organisation')).toEqual(
      expect.arrayContaining(['2 Clinical Modality Manager – General Radiography', 'Reporting to Modality Manager in area of placement'])
    );
    expect(apart(read, 'page')).toHaveLength(3);
    expect(apart(read, 'contact')).toHaveLength(1);
    expect(read.clauses.map((clause) => clause.text).join(' ')).not.toMatch(/Page \d|Manager in area|01632/);
  });

  it('an MRI AP JD with numbered sections in capitals keeps "4.10" after a page footer and drops the contact section', () => {
    const read = readClauses(pasted(fixture('mri-ap-jd.txt')), 'jd');
    expect(references(read)).toEqual([
      'JD JOB PURPOSE',
      ...Array.from({ length: 13 }, (_, index) => `JD 4.${index + 1}`),
      'JD 5.1',
      'JD 5.2'
    ]);
    expect(apart(read, 'organisation')).toContain('Works closely with: MRI radiographers, radiologists, imaging department assistants and the booking team');
    expect(apart(read, 'contact')).toEqual(['For further details please contact Sam Okafor, MRI Clinical Modality Manager', 'Tel: 01632 960772 Email: sam.okafor@riverside.nhs.example']);
  });

  it('a small department JD with its details as a pasted two-column table, and a heading that is also a detail label ("Department")', () => {
    const read = readClauses(pasted(fixture('small-dept-jd.txt')), 'jd');
    expect(apart(read, 'jobDetails')).toEqual(
      expect.arrayContaining(['Job Title: Assistant Practitioner (Radiology)', 'Department: Outpatient Imaging', 'This job description will be reviewed each year with the post holder.'])
    );
    // "About the department" describes the place, not the job: set apart, however long its sentences.
    expect(apart(read, 'organisation')).toContain(
      'Westdale is a small community hospital with one general x-ray room and a visiting ultrasound service. The department sees outpatients and GP referrals on weekdays and has no inpatient wards.'
    );
    expect(references(read)).toEqual([
      'JD Job purpose',
      'JD Patient care 1',
      'JD Patient care 2',
      'JD Patient care 3',
      'JD Department 1',
      'JD Department 2',
      'JD Department 3',
      'JD Communication 1',
      'JD Communication 2',
      'JD Personal development',
      'JD All staff'
    ]);
  });

  it('a JD laid out as Word tables: each label cell and its value become one detail, each key area heads its duties', async () => {
    const read = await wordLayout('theatre-table-jd.json', 'jd');
    expect(read.setApart).toEqual([
      { kind: 'jobDetails', text: 'Job title: Assistant Practitioner – Fluoroscopy and Theatres' },
      { kind: 'jobDetails', text: 'Band: 4' },
      { kind: 'jobDetails', text: 'Hours: 37.5 per week, including an on-call rota for theatres' },
      { kind: 'jobDetails', text: "Base: Imaging Department and Main Theatres, St Aidan's Hospital" },
      { kind: 'organisation', text: 'Accountable to: Imaging Services Manager' },
      { kind: 'organisation', text: 'Reports to: Theatre Imaging Lead Radiographer' },
      { kind: 'contact', text: 'Contact for enquiries: Theatre Imaging Lead Radiographer, extension 4471' }
    ]);
    expect(references(read)).toEqual(expect.arrayContaining(['JD Theatres 3', 'JD Records and systems 3', 'JD Team working', 'JD General 2']));
    // Word's running header and footer are not part of the body.
    expect(read.clauses.map((clause) => clause.text).join(' ')).not.toMatch(/version 1\.2|St Aidan's Hospitals NHS Trust/);
  });

  it('a PS laid out as a criteria table is read by its columns, leaving out "How assessed"', async () => {
    const read = await wordLayout('theatre-table-ps.json', 'ps');
    expect(references(read)).toEqual([
      'PS Essential 1',
      'PS Desirable 1',
      'PS Essential 2',
      'PS Desirable 2',
      'PS Desirable 3',
      'PS Essential 3',
      'PS Desirable 4',
      'PS Essential 4',
      'PS Essential 5',
      'PS Essential 6'
    ]);
    expect(read.clauses.map((clause) => clause.text).join(' ')).not.toMatch(/Interview|Application form/);
  });

  it('numbered lines that are not headings: a run of short numbered duties stays a list, a numbered section over sub-items stays a heading', () => {
    const read = readClauses(
      pasted(['3. Information and systems', '3.1 Register patients on CRIS.', 'Other duties', '1. Answer the telephone', '2. Order the stock', '3. Tidy the rooms'].join('\n')),
      'jd'
    );
    expect(read.clauses.map((clause) => `${clauseReference(clause)} [${clause.heading ?? ''}]`)).toEqual([
      'JD 3.1 [Information and systems]',
      'JD 1 [Other duties]',
      'JD 2 [Other duties]',
      'JD 3 [Other duties]'
    ]);
  });

  it('"(continued)" after a page break goes on with the same heading and its count', () => {
    const read = readClauses(
      pasted(['Clinical duties', '• Help patients on and off the table.', 'Page 1 of 2', 'Clinical duties (continued)', '• Record observations when asked.'].join('\n')),
      'jd'
    );
    expect(references(read)).toEqual(['JD Clinical duties 1', 'JD Clinical duties 2']);
    expect(apart(read, 'page')).toEqual(['Page 1 of 2']);
  });

  it('sets apart a description of the department or trust however long, and reads a tab-pasted label that has its own colon once', () => {
    const read = readClauses(
      pasted(
        [
          'Post:\tAssistant Practitioner – Emergency X-ray',
          'Grade:\tBand 4',
          'About the Trust',
          'Northmoor serves 400,000 people across three sites and is one of the largest employers in the county, with a new emergency department opened in 2024.',
          'Key responsibilities',
          '• Carry out x-ray examinations of the chest and limbs within the agreed scope of practice.'
        ].join('\n')
      ),
      'jd'
    );
    expect(apart(read, 'jobDetails')).toEqual(['Post: Assistant Practitioner – Emergency X-ray', 'Grade: Band 4']);
    expect(apart(read, 'organisation')).toEqual([expect.stringMatching(/^Northmoor serves/)]);
    expect(references(read)).toEqual(['JD Key responsibilities']);
  });

  it('sets apart a letterhead naming the host organisation, and keeps a duty that mentions the trust', () => {
    const read = readClauses(
      pasted(
        [
          'Southbank Community Diagnostic Centre',
          'Hosted by Southbank and District NHS Trust',
          'JOB DESCRIPTION',
          'Main duties',
          '• Follow the policies of the NHS Trust',
          '• Carry out DEXA scans within the agreed scope of practice.'
        ].join('\n')
      ),
      'jd'
    );
    expect(apart(read, 'organisation')).toEqual(['Hosted by Southbank and District NHS Trust']);
    expect(read.clauses.map((clause) => clause.text)).toEqual(['Follow the policies of the NHS Trust', 'Carry out DEXA scans within the agreed scope of practice.']);
  });

  it('names lettered duties by their letter as a reader cites them, and skips a line that only leads into the list', () => {
    const one = readClauses(
      pasted(['Main duties and responsibilities', 'The post holder will:', 'a) Carry out x-ray examinations of the chest.', 'b) Answer telephone queries from the wards.'].join('\n')),
      'jd'
    );
    expect(references(one)).toEqual(['JD (a)', 'JD (b)']);
    expect(one.clauses.map((clause) => clause.heading)).toEqual(['Main duties and responsibilities', 'Main duties and responsibilities']);
    // One lettering run on across headings: each letter once, cited alone.
    const running = readClauses(pasted(['Clinical', 'a) Help patients on and off the table.', 'Administration', 'b) Mark each examination complete on CRIS.'].join('\n')), 'jd');
    expect(references(running)).toEqual(['JD (a)', 'JD (b)']);
    // Lists that start again at a) under each heading: heading and letter.
    const restarting = readClauses(
      pasted(['Clinical', 'a) Help patients on and off the table.', 'b) Keep the doors shut during exposures.', 'Administration', 'a) Mark each examination complete on CRIS.'].join('\n')),
      'jd'
    );
    expect(references(restarting)).toEqual(['JD Clinical (a)', 'JD Clinical (b)', 'JD Administration (a)']);
  });

  it('names a lettered item under a numbered section or a numbered item that leads into it by both ("4(b)", "3.2(a)")', () => {
    const read = readClauses(
      pasted(
        [
          '3. Quality and safety',
          '3.1 Follow the local rules in every x-ray room.',
          '3.2 Carry out the following checks and record the results:',
          'a) daily test exposures on each x-ray unit',
          'b) weekly checks of the lead aprons',
          '4. ADMINISTRATION',
          'a) Mark each examination complete on CRIS.',
          'b) Answer telephone queries from the wards.'
        ].join('\n')
      ),
      'jd'
    );
    expect(references(read)).toEqual(['JD 3.1', 'JD 3.2', 'JD 3.2(a)', 'JD 3.2(b)', 'JD 4(a)', 'JD 4(b)']);
  });

  it('sets apart the list of people under "Key working relationships", however long', () => {
    const read = readClauses(
      pasted(
        [
          'Key working relationships',
          'Radiographers, reporting radiologists, minor injuries unit nurses and practitioners, ward staff, porters and the outpatient reception team.',
          'Main duties',
          '• Answer telephone queries from patients and the wards.'
        ].join('\n')
      ),
      'jd'
    );
    expect(apart(read, 'organisation')).toEqual([expect.stringMatching(/^Radiographers, reporting radiologists/)]);
    expect(references(read)).toEqual(['JD Main duties']);
  });

  it('keeps a duty that names a post, and a criterion that mentions a band', () => {
    const jd = readClauses(pasted(['Main duties', '• Deputise for the Lead Assistant Practitioner when asked'].join('\n')), 'jd');
    expect(jd.clauses.map((clause) => clause.text)).toEqual(['Deputise for the Lead Assistant Practitioner when asked']);
    const ps = readClauses(pasted(['Essential', '• Experience at Band 3 or above in a healthcare setting'].join('\n')), 'ps');
    expect(references(ps)).toEqual(['PS Essential 1']);
  });
});
