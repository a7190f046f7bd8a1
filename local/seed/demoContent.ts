/**
 * What the demo mappings say: realistic answers for a general X-ray team and
 * a CT team, in the voice of an NHS imaging department. Keyed by duty id of
 * the default framework; duties not listed stay "not yet reviewed".
 */
import type { DutyStatus, FoundIn, GapAction } from '../../src/model';

export interface DemoAnswer {
  foundIn: FoundIn;
  reference: string;
  status: DutyStatus;
  comments: string;
  action?: GapAction;
}

export const GENERAL_XRAY_TEAM = 'Royal Infirmary — General X-ray';
export const CT_TEAM = 'St Luke’s Hospital — CT';

/** About half the duties of the default framework, as the general X-ray team answered them. */
export const GENERAL_XRAY_ANSWERS: Readonly<Record<string, DemoAnswer>> = {
  'clean-safe-1': {
    foundIn: 'jdAndPs',
    reference: 'JD 3.1; PS Essential 4',
    status: 'inPlace',
    comments: 'All APs complete local rules and MR safety training at induction and every year. Controlled area signage checks are on the AP daily checklist.'
  },
  'clean-safe-2': {
    foundIn: 'jd',
    reference: 'JD 2.4',
    status: 'inPlace',
    comments: 'Scope of practice is written into each AP’s competency record; they escalate to the supervising radiographer for anything outside it.'
  },
  'clean-safe-3': {
    foundIn: 'jd',
    reference: 'JD 3.3',
    status: 'inPlace',
    comments: 'APs and imaging support workers share this. Spill kits are checked weekly by the AP on the rota.'
  },
  'clean-safe-4': {
    foundIn: 'jd',
    reference: 'JD 5.2',
    status: 'partlyInPlace',
    comments:
      'APs do the daily detector checks in rooms 1–4 but not on the mobiles. Opportunity: add mobile units to the AP QA rota. Barrier: radiographers currently sign off the QA log.',
    action: { what: 'Extend the daily QA rota to the mobile units and agree AP sign-off of the QA log', owner: 'QA lead radiographer', dueDate: '2026-11-30' }
  },
  'clean-safe-5': {
    foundIn: 'neither',
    reference: '',
    status: 'gap',
    comments:
      'Not in the JD. One AP already helps with the annual QA audit informally. Opportunity to formalise; would need protected time and may affect banding, so talk to job evaluation first.',
    action: { what: 'Draft a QA oversight section for the AP JD and take it to job evaluation', owner: 'Imaging services manager', dueDate: '2027-03-31' }
  },
  'clean-safe-6': {
    foundIn: 'jd',
    reference: 'JD 3.5',
    status: 'inPlace',
    comments: 'Mobile X-ray units are moved and cleaned by APs and support workers between wards and theatres.'
  },
  'clean-safe-7': {
    foundIn: 'neither',
    reference: '',
    status: 'notApplicable',
    comments: 'This team does not cover MRI; the MRI team will map this duty.'
  },
  'manage-data-2': {
    foundIn: 'jd',
    reference: 'JD 4.1',
    status: 'inPlace',
    comments: 'APs book, arrive and amend patient records on CRIS and PACS every shift.'
  },
  'manage-data-3': {
    foundIn: 'jdAndPs',
    reference: 'JD 4.2; PS Desirable 2',
    status: 'inPlace',
    comments: 'APs complete examinations on CRIS and check images have reached PACS before the patient leaves.'
  },
  'communicate-2': {
    foundIn: 'jd',
    reference: 'JD 6.1',
    status: 'inPlace',
    comments: 'APs coordinate with porters and the emergency department to keep the ED X-ray queue moving.'
  },
  'communicate-4': {
    foundIn: 'ps',
    reference: 'PS Essential 6',
    status: 'partlyInPlace',
    comments:
      'APs do ID checks but pregnancy (LMP) checks are still done by radiographers for every patient. Barrier: local IR(ME)R procedures name radiographers only.',
    action: { what: 'Review the IR(ME)R employer’s procedures so trained APs can do LMP checks', owner: 'Radiation protection supervisor', dueDate: '2027-01-29' }
  },
  'perform-exams-2': {
    foundIn: 'jd',
    reference: 'JD 7.1',
    status: 'inPlace',
    comments: 'Fully in place; APs lead manual handling for the department’s bariatric pathway.'
  },
  'perform-exams-8': {
    foundIn: 'neither',
    reference: '',
    status: 'gap',
    comments:
      'Experienced APs already show new support workers around, but it is not recognised. Opportunity: AP-led induction for support workers. Barrier: no practice educator time to supervise it yet.',
    action: { what: 'Agree an AP-led induction package for imaging support workers with the practice educator', owner: 'Aisha Bello', dueDate: '2027-02-26' }
  }
};

/** A CT team part-way through its first mapping. */
export const CT_ANSWERS: Readonly<Record<string, DemoAnswer>> = {
  'clean-safe-1': {
    foundIn: 'jd',
    reference: 'JD 2.1',
    status: 'inPlace',
    comments: 'Covered by the CT local rules; APs complete the annual update.'
  },
  'clean-safe-3': {
    foundIn: 'jd',
    reference: 'JD 2.6',
    status: 'inPlace',
    comments: 'APs clean the scanner and injector between patients.'
  },
  'manage-data-4': {
    foundIn: 'neither',
    reference: '',
    status: 'gap',
    comments: 'Radiographers check eGFR before contrast today. APs could flag missing results at vetting; needs pathology system access.',
    action: { what: 'Request pathology system access for the two CT APs', owner: 'CT superintendent', dueDate: '2027-04-30' }
  },
  'communicate-3': {
    foundIn: 'jdAndPs',
    reference: 'JD 5.3; PS Essential 3',
    status: 'inPlace',
    comments: 'APs answer the CT phone line and refer clinical queries to the duty radiographer.'
  }
};
