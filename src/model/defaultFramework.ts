import type { Framework } from './framework';
import { deepFreeze } from './deepFreeze';

/**
 * The Society of Radiographers' "Local mapping tool for Diagnostic Imaging
 * Teams" (Assistant Practitioners, indicative AfC Band 4), word for word.
 *
 * Only extraction artefacts of the Word template were repaired: list markup,
 * bullet characters ("–", "•", "○"), the stray "A)" before XR-104, the full
 * stop after "Training Plan", and items the extraction ran together. En dashes
 * and apostrophes that are part of a duty's wording are kept. The template's
 * table is split across pages; continuation rows belong to the area above
 * them (area 1 takes its QSI column and five duties from its continuation row,
 * area 2 its modality-list duty, area 4 everything after the modality list).
 *
 * Nesting in area 4: the extraction never closes its lists, so read literally
 * it nests "image-guided manipulation of extremities in theatre" five levels
 * deep. The bullet glyphs carry the real structure: "•" marks top-level duties
 * (Assessing, Referring, Completing, Leading), the "–" lists under Performing
 * and Referring are their sub-items, and "○ Supporting protocol-driven
 * fluoroscopic examinations such as:" is indented under "Completing
 * examination ...", so it stays that duty's sub-item. Its three examples
 * ("routine pain clinics", "manipulation of extremities in theatre",
 * "routine fluoroscopic lists ...") are siblings: they are all examples of
 * fluoroscopic examinations that "such as:" introduces, not kinds of pain
 * clinic; the extra list the extraction opens before the last two only marks
 * the template's switch of bullet glyph. That reading keeps every duty within
 * the three levels the framework schema allows.
 *
 * Ids are stable: entries are keyed by them, so never renumber an existing id
 * when the wording changes; give new duties new ids.
 */
export const DEFAULT_FRAMEWORK: Framework = deepFreeze({
  id: 'sor-ap-band4',
  version: 1,
  title:
    'Mapping current Job descriptions and Person Specifications for the roles and responsibilities of imaging Assistant Practitioners (indicative AfC Band 4)',
  // The role and band the template's title names.
  role: 'Assistant Practitioner',
  band: 'indicative AfC Band 4',
  guidance: {
    title:
      'Developing career pathways for diagnostic imaging support worker roles: guidance on roles and responsibilities'
  },
  introduction: [
    'Use this mapping document for discussions with imaging support workers/assistant practitioners and registered staff in your team. It will help you understand how well assistant practitioners (typically at AfC B4) are being supported to work fully according to the nationally agreed practice standards as outlined in the SoR guidance document linked above.',
    'If your service does not currently have imaging support workers, use this mapping exercise to help your team explore how to develop these roles.'
  ],
  provenance: [
    {
      date: 'June 2024',
      text: 'developed for local mapping use from Developing career pathways for diagnostic imaging support worker roles: guidance on roles and responsibilities'
    },
    {
      date: 'March 2025',
      text: 'The Society of Radiographers provides this document as a useful example to support service development. Users should verify and update the content to align with regulatory requirements and adhere to relevant national and local guidance.'
    }
  ],
  areas: [
    {
      id: 'clean-safe',
      title: 'Maintain a clean and safe environment',
      qsiStandards: [{ code: 'XR-204', title: 'Service Competencies & Training Plan' }],
      duties: [
        {
          id: 'clean-safe-1',
          text: 'Managing own safety and that of patients and other staff in restricted and controlled areas (radiation safety and magnetic field safety) and department environment'
        },
        {
          id: 'clean-safe-2',
          text: 'Working to scope of practice for which trained, seeking support for examinations or procedures beyond own competence or confidence'
        },
        {
          id: 'clean-safe-3',
          text: 'Ensuring hygiene procedures are followed, including managing blood and body fluid spills'
        },
        {
          id: 'clean-safe-4',
          text: 'Performing defined routine QA/QC checks on equipment, working to a set procedure/protocol – report and record results as per local policy – respond appropriately to out-of-tolerance QA/QC results, for example take equipment out of service until further investigation has taken place'
        },
        {
          id: 'clean-safe-5',
          text: 'Undertaking more complex QA tasks and provide oversight of QA programmes, providing anomaly reporting and audit to the supervising QA radiographer. (For imaging QA involving radiation, the assistant must be designated an operator under the regulations).'
        },
        {
          id: 'clean-safe-6',
          text: 'Cleaning and moving ultrasound and mobile x-ray machines from place to place to facilitate service efficiency and effectiveness'
        },
        {
          id: 'clean-safe-7',
          text: 'Cleaning, moving and changing MRI coils during MRI sessions'
        }
      ]
    },
    {
      id: 'manage-data',
      title: 'Manage data relevant to the clinical imaging environment',
      qsiStandards: [
        { code: 'XR-204', title: 'Service Competencies & Training Plan' },
        { code: 'XR-601', title: 'Operational Policy' }
      ],
      duties: [
        {
          id: 'manage-data-1',
          text: 'Following referral, appointing, justification, authorisation and reporting processes for relevant patient pathways, such as emergency department patients, GP referrals, in-patients and out-patients'
        },
        {
          id: 'manage-data-2',
          text: 'Inputting, accessing or amending patient and other data on radiology management systems, portering systems, PACS, hospital information systems'
        },
        {
          id: 'manage-data-3',
          text: 'Completing examination data on radiology management systems as per protocol and checking images on PACS'
        },
        {
          id: 'manage-data-4',
          text: 'Accessing pathology systems to check patient results pre-procedure. Making results available for the clinician to review. Flagging if results are unavailable to reduce/prevent delays. (It is the final responsibility of the operator undertaking the examination to check the information is correctly in place).'
        },
        {
          id: 'manage-data-5',
          text: 'Ensuring that the patient episode and correct data are on the modality list and that the correct examination is selected for image capture.'
        }
      ]
    },
    {
      id: 'communicate',
      title: 'Communicate appropriately with patients, the multi-disciplinary team and wider networks',
      qsiStandards: [{ code: 'XR-104', title: 'Respect' }],
      duties: [
        {
          id: 'communicate-1',
          text: 'Understanding and recognising roles and responsibilities within the clinical imaging team, ensuring accurate communication flow and information transfer'
        },
        {
          id: 'communicate-2',
          text: 'Liaising with patients and carers, porters, wards, ambulance service and referrers to support patient flow and ensuring correct examination information is available'
        },
        {
          id: 'communicate-3',
          text: 'Answering or referring queries'
        },
        {
          id: 'communicate-4',
          text: 'Performing the required LMP/patient ID/patient safety checks and resolving issues. It is the final responsibility of the operator undertaking the examination to check this information is correctly in place'
        }
      ]
    },
    {
      id: 'perform-exams',
      title: 'Perform specific examinations within diagnostic imaging',
      qsiStandards: [
        { code: 'XR-204', title: 'Service Competencies & Training Plan' },
        { code: 'XR-601', title: 'Operational Policy' }
      ],
      duties: [
        {
          id: 'perform-exams-1',
          text: "Planning and prioritising own workload within scope of practice and the department's operational policy"
        },
        {
          id: 'perform-exams-2',
          text: 'Providing support for manual handling and patient positioning during examinations'
        },
        {
          id: 'perform-exams-3',
          text: 'Performing required physiological measurements, reporting and recording results appropriately'
        },
        {
          id: 'perform-exams-4',
          text: 'Performing protocol-driven diagnostic imaging examinations within own [limited, single focus] scope of practice on cooperative patients using:',
          children: [
            { id: 'perform-exams-4-1', text: 'static and mobile fluoroscopic equipment' },
            { id: 'perform-exams-4-2', text: 'x-ray equipment' },
            { id: 'perform-exams-4-3', text: 'ultrasound machines' },
            { id: 'perform-exams-4-4', text: 'MRI scanner' },
            { id: 'perform-exams-4-5', text: 'CT scanner' },
            { id: 'perform-exams-4-6', text: 'DEXA machine' },
            { id: 'perform-exams-4-7', text: 'nuclear medicine equipment' }
          ]
        },
        {
          id: 'perform-exams-5',
          text: 'Assessing images for technical quality and diagnostic suitability, taking action as per scope of practice and legal entitlement, for example performing repeat projection, seeking registered radiographer support and advice where images fall short of diagnostic quality for patient benefit and personal professional practice improvement.'
        },
        {
          id: 'perform-exams-6',
          text: 'Referring patient to another registered practitioner for image interpretation:',
          children: [
            {
              id: 'perform-exams-6-1',
              text: 'where patient is leaving the department to their home – refer to supervising radiographer or alternate systems support in place (i.e hot reporting systems)'
            },
            {
              id: 'perform-exams-6-2',
              text: 'where patient is immediately attending an outpatient clinic, other department or remains an in-patient – refer for review by a registered practitioner/medical practitioner'
            },
            {
              id: 'perform-exams-6-3',
              text: 'the reviewing practitioner/registered radiographer takes responsibility for identifying urgent or unexpected findings and taking appropriate action'
            }
          ]
        },
        {
          id: 'perform-exams-7',
          text: 'Completing examination on radiology management systems and ensure images are available as expected on PACS',
          children: [
            {
              id: 'perform-exams-7-1',
              text: 'Supporting protocol-driven fluoroscopic examinations such as:',
              children: [
                {
                  id: 'perform-exams-7-1-1',
                  text: 'image-guided routine pain clinics during normal working hours'
                },
                {
                  id: 'perform-exams-7-1-2',
                  text: 'image-guided manipulation of extremities in theatre'
                },
                {
                  id: 'perform-exams-7-1-3',
                  text: 'routine fluoroscopic lists when working with an advanced practice radiographer (or other trained equipment operator).'
                }
              ]
            }
          ]
        },
        {
          id: 'perform-exams-8',
          text: 'Leading training of other members of staff in areas of expertise.'
        }
      ]
    }
  ]
});
