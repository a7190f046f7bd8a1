/**
 * @jest-environment node
 */
// The criteria-only PS is a real .docx read by the app's reader (mammoth), as a team's upload would be.
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import { clauseReference, dutyQueries, likelyGaps, linesToBlocks, pastedLines, readClauses, suggestClauses } from '../../src/model/jd';
import type { Clause, JdSource } from '../../src/model/jd';
import { readDocument } from '../../src/documents/read/readDocument';
import { buildDocx, criteriaTableXml, fileOf, JD_FIXTURES } from '../support/jdDocuments';

const DUTIES = dutyQueries(DEFAULT_FRAMEWORK);

function clausesOf(text: string, source: JdSource = 'jd'): Clause[] {
  return readClauses(linesToBlocks(pastedLines(text)), source).clauses;
}

function fixtureText(file: string): string {
  return readFileSync(join(JD_FIXTURES, file), 'utf8');
}

describe('saying nothing when nothing fits', () => {
  it('does not take "Manager" for "managing": a clause naming a manager and an area suggests nothing for the radiation-safety duty', () => {
    const clauses = clausesOf(['Main duties', '• Agree the weekly rota with the Modality Manager for each area of placement.'].join('\n'));
    expect(clauses).toHaveLength(1);
    const { byDuty } = suggestClauses(DUTIES, clauses);
    expect(byDuty.has('clean-safe-1')).toBe(false);
  });

  it('suggests nothing from words every duty shares (patients, equipment, imaging)', () => {
    const clauses = clausesOf(['Main duties', '• Support patients and staff in the imaging department, using equipment safely.'].join('\n'));
    expect(suggestClauses(DUTIES, clauses).byDuty.size).toBe(0);
  });

  it('still suggests a clause that carries what tells a duty apart, with a band a person can read', () => {
    const clauses = clausesOf(['Main duties', '• Clean, move and change the MRI coils between patients and sessions.'].join('\n'));
    const [first] = suggestClauses(DUTIES, clauses).byDuty.get('clean-safe-7') ?? [];
    expect(first.clause.text).toMatch(/MRI coils/);
    expect(first.confidence).toBe('strong');
  });

  it('lists the duties nothing covers, in framework order, less those the caller already knows', () => {
    const set = suggestClauses(DUTIES, clausesOf(fixtureText('small-dept-jd.txt')));
    expect(set.gaps).toEqual(DUTIES.map((duty) => duty.dutyId).filter((dutyId) => !set.byDuty.has(dutyId)));
    expect(set.gaps).toEqual(expect.arrayContaining(['clean-safe-4', 'clean-safe-5', 'manage-data-4', 'perform-exams-3', 'perform-exams-8']));
    expect(likelyGaps(set, new Set(['clean-safe-4']))).not.toContain('clean-safe-4');
  });

  it('on the small department JD, at most a fifth of the duties it does not cover get a suggestion', () => {
    const labels = JSON.parse(fixtureText('labels.json')) as { pairs: { name: string; covers: Record<string, string[]> }[] };
    const covers = labels.pairs.find((pair) => pair.name === 'small-dept')?.covers ?? {};
    const uncovered = DUTIES.filter((duty) => (covers[duty.dutyId] ?? []).length === 0);
    const set = suggestClauses(DUTIES, [...clausesOf(fixtureText('small-dept-jd.txt')), ...clausesOf(fixtureText('small-dept-ps.txt'), 'ps')]);
    expect(uncovered.filter((duty) => set.byDuty.has(duty.dutyId)).length / uncovered.length).toBeLessThanOrEqual(0.2);
  });
});

describe('telling duties apart', () => {
  const suggestedFor = (line: string): string[] => [...suggestClauses(DUTIES, clausesOf(['Main duties', `• ${line}`].join('\n'))).byDuty.keys()];

  it('reads MR safety screening as a safety check, not as fluoroscopy ("screening" alone is fluoroscopy)', () => {
    const screening = suggestedFor('Complete the MRI safety screening questionnaire with every patient before they enter the scanner room.');
    expect(screening).toContain('communicate-4');
    expect(screening).not.toContain('perform-exams-7');
    expect(suggestedFor('Support the radiographer during screening in theatre, keeping staff out of the controlled area.')).toContain('perform-exams-7');
  });

  it('gives a clause sharing "quality assurance" with both QA duties to the one whose other terms it carries (recording results)', () => {
    // "Quality assurance" is in both QA duties; recording the results is the routine checks duty's alone.
    const qa = suggestedFor('Run the quality assurance tests on the x-ray equipment and record the results in the log.');
    expect(qa).toContain('clean-safe-4');
    expect(qa).not.toContain('clean-safe-5');
  });

  it('suggests nothing for a clause whose only evidence is one concept two duties share', () => {
    expect(suggestedFor('Experience of working in an x-ray department.')).toEqual([]);
  });

  it('gives a clause whose one shared concept is too little alone to the duty its other words single out', () => {
    // QA is in both QA duties; "checks" only in the routine checks duty.
    expect(suggestedFor('Knowledge of MRI quality assurance checks.')).toEqual(['clean-safe-4']);
    // X-ray is in the examinations duty and the mobile machines duty; following protocols only in the first.
    const xray = suggestedFor("Carry out x-ray examinations of the hands and feet, following the department's protocols.");
    expect(xray).toContain('perform-exams-4');
    expect(xray).not.toContain('clean-safe-6');
  });

  it('gives a clause carrying two distinctive terms two duties share to both ("complete … on RIS … PACS")', () => {
    const both = suggestedFor('Complete the examination on the radiology information system and check that the images have reached PACS.');
    expect(both).toEqual(expect.arrayContaining(['manage-data-3', 'perform-exams-7']));
  });

  it('does not read the post holder\'s own training, or being trained, as training others', () => {
    expect(suggestedFor('Keep mandatory training up to date and take part in appraisal.')).not.toContain('perform-exams-8');
    expect(suggestedFor('Able to move and handle patients safely after training.')).not.toContain('perform-exams-8');
    expect(suggestedFor('Work under supervision while training, only doing tasks for which training has been completed.')).not.toContain('perform-exams-8');
    expect(suggestedFor('Help to train new staff and students in MR safety screening once experienced.')).toContain('perform-exams-8');
  });

  it('reads "whether a repeat is needed" as image quality and "plan your own work" by clinical priority as planning own workload', () => {
    expect(suggestedFor('Look at every image before the patient leaves and ask the radiographer whether a repeat is needed.')).toContain('perform-exams-5');
    expect(suggestedFor('Work through the queue in order of clinical priority, and plan your own work when it is busy.')).toEqual(['perform-exams-1']);
  });

  it('reads communicating with patients, teams or porters as liaising with them', () => {
    expect(suggestedFor('Communicates well with theatre teams and patients.')).toContain('communicate-2');
    expect(suggestedFor('Good communication skills with patients and the public.')).toContain('communicate-2');
    expect(suggestedFor('Liaise with the wards and porters so that patients arrive on time.')).toContain('communicate-2');
  });

  it('reads showing new colleagues how something is done as training them, and wiping down as hygiene', () => {
    expect(suggestedFor('Show new starters how the clinic runs and how to use the booking system.')).toContain('perform-exams-8');
    const wipes = suggestedFor('Wipe down the couch and clean the probes with the approved disinfectant wipes between patients.');
    expect(wipes).toContain('clean-safe-3');
    expect(wipes).not.toContain('clean-safe-7');
  });

  it('does not read "changing cubicles" as changing MRI coils', () => {
    const cubicles = suggestedFor('Keep the waiting area and changing cubicles clean, and follow infection control procedures.');
    expect(cubicles).toContain('clean-safe-3');
    expect(cubicles).not.toContain('clean-safe-7');
  });

  it('finds "seek a radiographer\'s advice" with words between, and gives it to the scope duty', () => {
    const scope = suggestedFor("Understands the limits of the assistant practitioner role and when to seek a radiographer's advice.");
    expect(scope[0]).toBe('clean-safe-2');
  });

  it('reads knowing where one\'s scope ends ("outside the agreed scope", "boundaries of the role") as the scope duty, not image quality', () => {
    const outside = suggestedFor('Refer to the radiographer in charge any examination that falls outside the agreed scope.');
    expect(outside).toContain('clean-safe-2');
    expect(outside).not.toContain('perform-exams-5');
    expect(suggestedFor('Recognises the boundaries of the assistant practitioner role and when to seek help.')).toEqual(['clean-safe-2']);
    // "beyond their training" is where the scope ends, not training others.
    const beyond = suggestedFor('Able to tell when a task is beyond their training and ask for help.');
    expect(beyond).toContain('clean-safe-2');
    expect(beyond).not.toContain('perform-exams-8');
  });

  it('does not take "taking" or "making" as evidence (as "take" and "make" are not)', () => {
    expect(suggestedFor('Keep to the procedures you are competent in, and check with the radiographer before taking on anything new.')).not.toContain('perform-exams-5');
  });

  it('does not read a patient\'s "limited mobility" as mobile x-ray machines, nor "using" as a term of the examinations duty', () => {
    const mobility = suggestedFor('Help patients with limited mobility on to the table, using slide sheets and positioning aids.');
    expect(mobility).toContain('perform-exams-2');
    expect(mobility).not.toContain('clean-safe-6');
    expect(mobility).not.toContain('perform-exams-4');
  });

  it('does not read a mention of the request as the referral and justification processes', () => {
    expect(suggestedFor('Check the patient and examination on the worklist match the request before the list starts.')).not.toContain('manage-data-1');
    expect(suggestedFor('Check that each referral has been justified by a radiographer before the examination.')).toContain('manage-data-1');
  });

  it('reads entering or registering patient details on a system as the data duty', () => {
    expect(suggestedFor('Register patients on arrival on the radiology information system.')).toContain('manage-data-2');
    expect(suggestedFor('Able to enter and update patient details on computer systems accurately.')).toContain('manage-data-2');
  });

  it('gives "record … on RIS … check … PACS" to completing examination data though another duty has more evidence', () => {
    // "available" is also in the duty of completing examinations; the clause is still about completing examination data.
    const recorded = suggestedFor('Record each examination on the radiology information system and check that the images are available on PACS.');
    expect(recorded).toEqual(expect.arrayContaining(['manage-data-3', 'perform-exams-7']));
  });
});

describe('unusual documents give a result and a note, never an error', () => {
  it('a JD with only job details has no clauses and says so; every duty is a likely gap', () => {
    const read = readClauses(linesToBlocks(pastedLines(fixtureText('unusual/details-only-jd.txt'))), 'jd');
    expect(read.clauses).toEqual([]);
    expect(read.notes).toEqual([{ kind: 'noClauses', source: 'jd' }]);
    expect(read.setApart.map((line) => line.kind)).toEqual(expect.arrayContaining(['jobDetails', 'organisation', 'contact', 'page']));
    expect(suggestClauses(DUTIES, read.clauses).gaps).toHaveLength(DUTIES.length);
  });

  it('a JD in another language is noted and suggests nothing, even where it shares an abbreviation (PACS)', () => {
    const clauses = clausesOf(fixtureText('unusual/welsh-jd.txt'));
    expect(clauses.length).toBeGreaterThan(4);
    const set = suggestClauses(DUTIES, clauses);
    expect(set.notes).toEqual([{ kind: 'notEnglish', source: 'jd' }]);
    expect(set.byDuty.size).toBe(0);
  });

  it("a JD repeating the framework's wording is noted, and its matches carry no confidence band", () => {
    const text = ['Main duties', ...DEFAULT_FRAMEWORK.areas.flatMap((area) => area.duties.map((duty, index) => `${index + 1}. ${duty.text}`))].join('\n');
    const set = suggestClauses(DUTIES, clausesOf(text));
    expect(set.notes).toEqual([{ kind: 'frameworkWording', source: 'jd', duties: expect.any(Number) }]);
    const note = set.notes[0];
    expect(note.kind === 'frameworkWording' && note.duties).toBeGreaterThanOrEqual(20);
    const suggestions = [...set.byDuty.values()].flat();
    expect(suggestions.length).toBeGreaterThan(20);
    expect(suggestions.every((suggestion) => suggestion.confidence === null)).toBe(true);
  });

  it('a PS that is only a table of criteria is read by its columns and noted as criteria only', async () => {
    const docx = await buildDocx(
      [],
      false,
      criteriaTableXml('Person specification', [
        { category: 'Knowledge', essential: ['Knowledge of radiation protection and controlled areas', 'Knowledge of PACS'], desirable: ['Knowledge of DEXA scanning'], assessed: 'Interview' },
        { category: 'Skills', essential: ['Competent in moving and handling patients'], desirable: [], assessed: 'Interview' }
      ])
    );
    const read = readClauses(await readDocument(fileOf('ps.docx', docx)), 'ps');
    expect(read.clauses.map(clauseReference)).toEqual(['PS Essential 1', 'PS Essential 2', 'PS Desirable 1', 'PS Essential 3']);
    const set = suggestClauses(DUTIES, read.clauses);
    expect(set.notes).toEqual([{ kind: 'criteriaOnly' }]);
    expect(set.byDuty.get('perform-exams-2')?.[0].clause.label).toBe('Essential 3');
  });

  it('caps the clauses read, with a note saying how many were left out', () => {
    const text = ['Main duties', ...Array.from({ length: 60 }, (_, index) => `• Carry out task number ${index + 1} as the department asks.`)].join('\n');
    const read = readClauses(linesToBlocks(pastedLines(text)), 'jd', { maxClauses: 50 });
    expect(read.clauses).toHaveLength(50);
    expect(read.notes).toEqual([{ kind: 'clausesCapped', source: 'jd', kept: 50, total: 60 }]);
  });
});
