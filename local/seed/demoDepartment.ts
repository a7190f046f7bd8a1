/**
 * The wider demo department for `npm start`: teams across two hospitals and
 * several modalities, about half with last year's mapping and this year's
 * review made from it, gaps with owners and due dates (some overdue). The
 * answers are the teams' own words about their job descriptions; the duties
 * they answer are the default framework's, never new SoR content.
 */
import { DEFAULT_FRAMEWORK, topLevelDutyIds } from '../../src/model';
import type { DutyStatus, FoundIn, MappingEntry } from '../../src/model';

/**
 * One letter per top-level duty of the default framework, in framework order:
 * I in place, P partly in place, G gap, N not applicable, - not yet reviewed.
 */
export type StatusLine = string;

export interface DemoAction {
  dutyId: string;
  what: string;
  owner: string;
  /** yyyy-mm-dd; omitted for an action whose date is not agreed yet. */
  dueDate?: string;
}

export interface DepartmentTeam {
  team: string;
  /** Local site users (emails) who completed it. */
  people: string[];
  otherNames: string[];
  /** Last year's mapping, when the team had one. */
  previous?: { dateCompleted: string; statuses: StatusLine };
  dateCompleted?: string;
  statuses: StatusLine;
  actions: DemoAction[];
  notes: string;
}

const LETTERS: Readonly<Record<string, DutyStatus>> = { I: 'inPlace', P: 'partlyInPlace', G: 'gap', N: 'notApplicable', '-': 'notReviewed' };

const COMMENTS: Readonly<Record<DutyStatus, readonly string[]>> = {
  inPlace: [
    'APs already do this on every list; it is in the JD and checked at appraisal.',
    'Written into the AP competency record and signed off by the modality lead.',
    'Done by the AP on the daily rota; support workers help at busy times.'
  ],
  partlyInPlace: [
    'Some APs do this; the others are part-way through their competency sign-off.',
    'Done on weekday lists only; at weekends the radiographers cover it.',
    'In practice yes, but the JD wording is vague and needs tightening.'
  ],
  gap: [
    'Not done by APs here at present; radiographers cover it. Would need training and a JD change.',
    'Raised at the team meeting: an opportunity, but protected time is the barrier.'
  ],
  notApplicable: ['Does not apply to this modality.'],
  notReviewed: ['']
};

function foundInFor(status: DutyStatus, index: number): FoundIn {
  switch (status) {
    case 'inPlace':
      return index % 3 === 0 ? 'jdAndPs' : 'jd';
    case 'partlyInPlace':
      return index % 2 === 0 ? 'jd' : 'ps';
    case 'gap':
    case 'notApplicable':
      return 'neither';
    default:
      return 'notMapped';
  }
}

/**
 * The entries a status line describes (duties left "-" are not listed).
 *
 * @param statuses - One letter per top-level duty.
 * @param actions - Actions for gaps and partly-in-place duties.
 * @returns Entries keyed by duty id.
 */
export function demoEntries(statuses: StatusLine, actions: readonly DemoAction[] = []): Map<string, Omit<MappingEntry, 'dutyId'>> {
  const dutyIds = topLevelDutyIds(DEFAULT_FRAMEWORK);
  if (statuses.length !== dutyIds.length) {
    throw new Error(`A demo status line needs ${dutyIds.length} letters, one per duty; got ${statuses.length}.`);
  }
  const entries = new Map<string, Omit<MappingEntry, 'dutyId'>>();
  dutyIds.forEach((dutyId, index) => {
    const status = LETTERS[statuses[index]];
    if (status === undefined) {
      throw new Error(`Unknown status letter "${statuses[index]}".`);
    }
    if (status === 'notReviewed') {
      return;
    }
    const pool = COMMENTS[status];
    const entry: Omit<MappingEntry, 'dutyId'> = {
      status,
      foundIn: foundInFor(status, index),
      reference: status === 'inPlace' || status === 'partlyInPlace' ? `JD ${Math.floor(index / 4) + 2}.${(index % 4) + 1}` : '',
      comments: pool[index % pool.length]
    };
    const action = actions.find((a) => a.dutyId === dutyId);
    if (action && (status === 'gap' || status === 'partlyInPlace')) {
      entry.action = action.dueDate ? { what: action.what, owner: action.owner, dueDate: action.dueDate } : { what: action.what, owner: action.owner };
    }
    entries.set(dutyId, entry);
  });
  return entries;
}

//                    clean-safe  data  comm perform-exams
//                    1234567     12345 1234 12345678
export const DEPARTMENT: readonly DepartmentTeam[] = [
  {
    team: 'Royal Infirmary — CT',
    people: ['tomasz.nowak@imaging.local', 'daniel.obrien@imaging.local'],
    otherNames: [],
    previous: { dateCompleted: '2025-02-11', statuses: 'IIIPGIN' + 'IPGGI' + 'IIPG' + 'IIGGPNIG' },
    dateCompleted: '2026-02-17',
    statuses: 'IIIIPIN' + 'IIPGI' + 'IIIP' + 'IIPGIPIG',
    actions: [
      { dutyId: 'clean-safe-5', what: 'AP to shadow the QA lead for the annual CT dose audit', owner: 'Tomasz Nowak', dueDate: '2027-06-30' },
      { dutyId: 'manage-data-3', what: 'Add RIS completion checks to the AP competency record', owner: 'Marcus Mensah', dueDate: '2027-03-31' },
      { dutyId: 'manage-data-4', what: 'Request pathology system access for both CT APs', owner: 'Imaging services manager', dueDate: '2026-11-30' },
      { dutyId: 'communicate-4', what: 'Agree the AP role in contrast safety checks with the CT lead', owner: 'Priya Patel', dueDate: '2027-02-28' },
      { dutyId: 'perform-exams-3', what: 'Cannulation and observations training for the CT APs', owner: 'Aisha Bello (practice educator)', dueDate: '2027-05-31' },
      { dutyId: 'perform-exams-4', what: 'Scope a protocol-driven CT head pathway for APs', owner: 'Tomasz Nowak', dueDate: '2027-03-31' },
      { dutyId: 'perform-exams-8', what: 'Ask job evaluation whether leading training changes the banding', owner: '' }
    ],
    notes: 'Yearly review, made from last year’s mapping. Contrast checks still need the CT lead’s view.'
  },
  {
    team: 'Royal Infirmary — MRI',
    people: ['priya.patel@imaging.local'],
    otherNames: ['Sam Okafor (MRI superintendent)'],
    previous: { dateCompleted: '2023-10-02', statuses: 'PINIGNI' + 'IGGGP' + 'IPPG' + 'PIGGGNIG' },
    dateCompleted: '2024-10-14',
    statuses: 'IINIPNI' + 'IIPGI' + 'IIIP' + 'IIGGPNIG',
    actions: [
      { dutyId: 'clean-safe-5', what: 'Include APs in the MR safety QA programme', owner: 'Sam Okafor', dueDate: '2025-03-31' },
      { dutyId: 'manage-data-3', what: 'Train APs on completing MRI events on RIS', owner: 'Priya Patel', dueDate: '2025-01-31' },
      { dutyId: 'manage-data-4', what: 'Pathology access for eGFR checks before contrast', owner: 'Marcus Mensah', dueDate: '2025-06-30' },
      { dutyId: 'perform-exams-3', what: 'Observations training for sedation lists', owner: 'Aisha Bello (practice educator)', dueDate: '2025-04-30' },
      { dutyId: 'perform-exams-4', what: 'Decide whether protocol-driven knee and spine scans suit the AP role', owner: 'Sam Okafor', dueDate: '2025-09-30' },
      { dutyId: 'perform-exams-8', what: 'AP to lead coil handling training for new starters', owner: 'Priya Patel' }
    ],
    notes: 'Review was due in October; the team plans to redo the mapping after the new scanner is installed.'
  },
  {
    team: 'Royal Infirmary — Ultrasound',
    people: ['aisha.bello@imaging.local'],
    otherNames: [],
    previous: { dateCompleted: '2025-06-09', statuses: 'IIIPNIN' + 'IIPNI' + 'IIIP' + 'IIGGNGIG' },
    statuses: 'IIIPNIN' + 'IIPNI' + 'II--' + '--------',
    actions: [
      { dutyId: 'clean-safe-4', what: 'Add probe cleaning log checks to the AP rota', owner: 'Aisha Bello', dueDate: '2026-12-31' },
      { dutyId: 'manage-data-3', what: 'Confirm who completes the RIS episode after sonographer lists', owner: 'Marcus Mensah', dueDate: '2026-10-31' }
    ],
    notes: 'This year’s review is in progress: started from last year’s answers.'
  },
  {
    team: 'Royal Infirmary — Fluoroscopy and interventional',
    people: ['marcus.mensah@imaging.local'],
    otherNames: ['Grace Lin (theatre radiographer)'],
    dateCompleted: '2026-03-23',
    statuses: 'IPIPGIN' + 'IIPGP' + 'IPIG' + 'PIGNGNIG',
    actions: [
      { dutyId: 'clean-safe-2', what: 'Write the AP scope for theatre and interventional lists', owner: 'Marcus Mensah', dueDate: '2026-10-30' },
      { dutyId: 'clean-safe-5', what: 'AP involvement in the C-arm QA programme', owner: 'Grace Lin', dueDate: '2027-03-31' },
      { dutyId: 'manage-data-4', what: 'Pathology access for coagulation results before procedures', owner: 'Imaging services manager', dueDate: '2027-01-15' },
      { dutyId: 'communicate-4', what: 'AP to run the pre-procedure safety checklist with the nurse', owner: 'Marcus Mensah', dueDate: '2027-02-28' },
      { dutyId: 'perform-exams-3', what: 'Observations competency for interventional lists', owner: '', dueDate: '2027-05-31' }
    ],
    notes: 'Mapped with the theatre team; interventional duties differ by list.'
  },
  {
    team: 'St Luke’s Hospital — General X-ray',
    people: ['daniel.obrien@imaging.local'],
    otherNames: ['Ruth Adeyemi (bank AP)'],
    previous: { dateCompleted: '2024-11-18', statuses: 'IIIPGIN' + 'IPPGI' + 'IIPP' + 'PIGGPGIG' },
    dateCompleted: '2026-01-26',
    statuses: 'IIIIGIN' + 'IIPGI' + 'IIIP' + 'IIGPIPIP',
    actions: [
      { dutyId: 'clean-safe-5', what: 'Draft a QA oversight section for the AP JD', owner: 'Daniel O’Brien', dueDate: '2027-04-30' },
      { dutyId: 'manage-data-3', what: 'Audit RIS completion by APs for one month', owner: 'Marcus Mensah', dueDate: '2027-02-28' },
      { dutyId: 'manage-data-4', what: 'Ask IT for read-only pathology access', owner: 'Marcus Mensah', dueDate: '2026-11-30' },
      { dutyId: 'communicate-4', what: 'Pregnancy status checks: update the local procedure', owner: 'Priya Patel', dueDate: '2027-01-31' },
      { dutyId: 'perform-exams-3', what: 'Observations training for the two new APs', owner: 'Aisha Bello (practice educator)', dueDate: '2027-03-31' },
      { dutyId: 'perform-exams-4', what: 'Extend protocol-driven chest and limb examinations to the weekend rota', owner: 'Daniel O’Brien', dueDate: '2027-06-30' },
      { dutyId: 'perform-exams-6', what: 'Written referral route to the reporting radiographer', owner: 'Priya Patel', dueDate: '2027-08-31' },
      { dutyId: 'perform-exams-8', what: 'AP to co-deliver positioning training for students', owner: 'Daniel O’Brien', dueDate: '2026-12-31' }
    ],
    notes: 'Yearly review: chest and limb examinations are now in place on weekday lists.'
  },
  {
    team: 'St Luke’s Hospital — Mammography',
    people: ['priya.patel@imaging.local'],
    otherNames: ['Helen Marsh (mammography associate)'],
    dateCompleted: '2024-09-03',
    statuses: 'IIININ' + 'N' + 'IIPIG' + 'IIIP' + 'IPNGINIG',
    actions: [
      { dutyId: 'manage-data-3', what: 'Screening episode completion on the breast screening system', owner: 'Helen Marsh', dueDate: '2024-12-31' },
      { dutyId: 'manage-data-5', what: 'Daily worklist check before the first client', owner: 'Helen Marsh', dueDate: '2025-02-28' },
      { dutyId: 'communicate-4', what: 'Clarify ID checks for the mobile screening unit', owner: 'Priya Patel', dueDate: '2025-03-31' },
      { dutyId: 'perform-exams-4', what: 'Confirm scope against the mammography associate role', owner: '' },
      { dutyId: 'perform-exams-8', what: 'Associate to lead compression technique refreshers', owner: 'Helen Marsh', dueDate: '2025-06-30' }
    ],
    notes: 'Mapped for the mammography associates.'
  },
  {
    team: 'St Luke’s Hospital — Nuclear medicine',
    people: ['tomasz.nowak@imaging.local'],
    otherNames: [],
    previous: { dateCompleted: '2025-08-12', statuses: 'IPIPGNN' + 'IIPGI' + 'IIPP' + 'PIGGPGIG' },
    dateCompleted: '2026-08-20',
    statuses: 'IIIPGNN' + 'IIPGI' + 'IIIP' + 'IIPGPGIG',
    actions: [
      { dutyId: 'clean-safe-4', what: 'Gamma camera daily QC: add APs to the rota', owner: 'Tomasz Nowak', dueDate: '2026-10-31' },
      { dutyId: 'clean-safe-5', what: 'Radiopharmacy QA: decide the AP role with the RPS', owner: 'Tomasz Nowak', dueDate: '2027-03-31' },
      { dutyId: 'manage-data-4', what: 'Pathology access for thyroid results', owner: 'Marcus Mensah', dueDate: '2026-11-15' },
      { dutyId: 'perform-exams-4', what: 'Scope protocol-driven bone scan acquisition for APs', owner: 'Tomasz Nowak', dueDate: '2027-05-31' },
      { dutyId: 'perform-exams-6', what: 'Referral route to the reporting clinician', owner: 'Priya Patel', dueDate: '2026-12-31' },
      { dutyId: 'perform-exams-8', what: 'AP to train support workers on patient preparation', owner: 'Daniel O’Brien', dueDate: '2027-01-31' }
    ],
    notes: 'Yearly review with the radiopharmacy lead.'
  }
];
