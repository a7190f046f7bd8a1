/**
 * Words imaging departments use for the same thing, so that a duty written
 * one way finds a clause written another ("PACS" and "picture archiving",
 * "moving and handling" and "manual handling"). Data, not code: each group
 * is one concept, and any of its terms in a duty or clause counts as that
 * concept. Terms are matched as whole words after stemming, so plurals and
 * verb forms ("checks", "checking") need no entry of their own.
 *
 * Add a group when a team's documents use a term the framework does not; keep
 * to terms in general use in UK imaging departments.
 */
export interface VocabularyGroup {
  /** Stable name of the concept; never shown. */
  concept: string;
  terms: readonly string[];
  /**
   * The phrase's words also count as themselves. For a concept that is there
   * to keep a word from another concept's meaning ("safety screening" is not
   * fluoroscopy's "screening") rather than to stand for its words.
   */
  keepWords?: boolean;
}

export const IMAGING_VOCABULARY: readonly VocabularyGroup[] = [
  { concept: 'pacs', terms: ['PACS', 'picture archiving and communication system', 'picture archiving', 'image archive'] },
  {
    concept: 'ris',
    terms: ['RIS', 'CRIS', 'radiology information system', 'radiology management system', 'radiology system', 'imaging system']
  },
  // Putting data into a system, as the data duty's "inputting, accessing or amending … data" says; "patient details" alone is an ID check, not this.
  {
    concept: 'dataEntry',
    terms: ['inputting', 'input … data', 'amending', 'amend … details', 'enter … details', 'enter … data', 'update … details', 'register patients', 'registering patients', 'data entry']
  },
  { concept: 'his', terms: ['hospital information system', 'patient administration system', 'PAS', 'electronic patient record', 'EPR'] },
  { concept: 'qa', terms: ['QA', 'QC', 'quality assurance', 'quality control', 'quality checks', 'constancy checks', 'daily checks'] },
  {
    concept: 'lmp',
    terms: ['LMP', 'last menstrual period', 'pregnancy status', 'pregnancy check', 'pregnancy checks', 'pregnancy', 'pregnant', 'childbearing', '28 day rule', '10 day rule']
  },
  {
    concept: 'irmer',
    terms: ['IRMER', 'IR(ME)R', 'ionising radiation medical exposure regulations', 'ionising radiation (medical exposure) regulations']
  },
  { concept: 'irr', terms: ['IRR17', 'IRR', 'ionising radiations regulations', 'radiation protection', 'radiation safety', 'controlled area'] },
  { concept: 'mri', terms: ['MRI', 'MR', 'magnetic resonance', 'magnetic resonance imaging', 'magnetic field'] },
  { concept: 'coil', terms: ['coil', 'coils', 'RF coil'] },
  // "Screening" alone is fluoroscopy ("during screening", "screening lists"); MR safety screening is a safety check, and the longer phrase wins.
  { concept: 'fluoroscopy', terms: ['fluoroscopy', 'fluoroscopic', 'screening', 'image intensifier', 'C-arm', 'mini C-arm'] },
  {
    concept: 'safetyChecks',
    keepWords: true,
    terms: ['safety checks', 'safety checklist', 'safety questionnaire', 'safety screening', 'screening questionnaire', 'screening form']
  },
  { concept: 'manualHandling', terms: ['manual handling', 'moving and handling', 'patient handling', 'patient transfers', 'transferring patients', 'transfer patients', 'hoist', 'slide sheet'] },
  { concept: 'dexa', terms: ['DEXA', 'DXA', 'bone densitometry', 'bone density'] },
  { concept: 'ct', terms: ['CT', 'computed tomography', 'CT scanner'] },
  { concept: 'ultrasound', terms: ['ultrasound', 'US', 'sonography', 'ultrasonography'] },
  { concept: 'nuclearMedicine', terms: ['nuclear medicine', 'radionuclide', 'radionuclide imaging', 'gamma camera', 'NM'] },
  { concept: 'xray', terms: ['x-ray', 'xray', 'x ray', 'radiograph', 'radiographs', 'radiographic', 'plain film', 'general radiography', 'projection radiography'] },
  { concept: 'mobile', terms: ['mobile', 'portable', 'ward radiography', 'mobile radiography'] },
  { concept: 'theatre', terms: ['theatre', 'theatres', 'operating theatre'] },
  {
    concept: 'patientId',
    terms: ['patient ID', 'patient identification', 'identification checks', 'positive patient identification', 'three point ID', 'ID checks', 'identity', 'identities']
  },
  {
    concept: 'seekHelp',
    // "…" stands for up to three words: "seek a radiographer's advice", "ask the radiographer for help".
    terms: [
      'seek … support',
      'seek … help',
      'seek … advice',
      'seek … guidance',
      'ask … for help',
      'ask … for support',
      'ask … for advice',
      'ask … for guidance',
      'escalate',
      'escalating'
    ]
  },
  {
    concept: 'handover',
    terms: ['information transfer', 'communication flow', 'pass on information', 'passing on information', 'pass messages', 'passing messages', 'handover', 'hand over']
  },
  // Liaising is communicating with someone: "communicates well with theatre teams", "good communication skills with patients".
  { concept: 'liaison', terms: ['liaise', 'liaising', 'liaison', 'communicate … with', 'communicates … with', 'communicating … with', 'communication … with'] },
  { concept: 'queries', terms: ['queries', 'query', 'enquiries', 'enquiry', 'questions'] },
  { concept: 'infection', terms: ['infection prevention', 'infection control', 'hygiene', 'decontamination', 'hand hygiene', 'disinfect', 'disinfection', 'disinfectant', 'wipe down', 'wipes', 'clinical waste', 'PPE', 'personal protective equipment'] },
  // Rooms where patients change are a place, not the act of changing (the MRI coils duty's "changing").
  { concept: 'changingRooms', terms: ['changing room', 'changing rooms', 'changing cubicle', 'changing cubicles', 'changing area', 'changing areas', 'changing facilities'] },
  { concept: 'spills', terms: ['spills', 'body fluid', 'body fluids', 'blood and body fluid', 'spillage'] },
  { concept: 'referral', terms: ['referral', 'referrals', 'request cards', 'imaging requests'] },
  { concept: 'justification', terms: ['justification', 'justify', 'justifying', 'authorisation', 'authorise', 'vetting'] },
  { concept: 'appointment', terms: ['appointing', 'appointment', 'appointments', 'booking', 'bookings', 'scheduling'] },
  { concept: 'scope', terms: ['scope of practice', 'competence', 'competent', 'competency', 'competencies', 'within own'] },
  // Knowing where one's scope ends ("beyond own competence"), not only working within it.
  {
    concept: 'beyondScope',
    terms: [
      'beyond own competence',
      'beyond … competence',
      'beyond … scope',
      'beyond … training',
      'outside … scope',
      'outside … competence',
      'limits of own',
      'limits of … role',
      'limits of … competence',
      'boundaries of … role'
    ]
  },
  { concept: 'imageQuality', terms: ['image quality', 'technical quality', 'diagnostic quality', 'diagnostically acceptable', 'repeat image', 'repeat projection', 'repeat exposure', 'repeat', 'repeats'] },
  { concept: 'positioning', terms: ['positioning', 'position patients', 'patient positioning', 'immobilisation'] },
  { concept: 'observations', terms: ['physiological measurements', 'observations', 'vital signs', 'blood pressure', 'oxygen saturation', 'NEWS2'] },
  { concept: 'pathology', terms: ['pathology', 'blood results', 'blood tests', 'eGFR', 'renal function', 'creatinine', 'laboratory results'] },
  { concept: 'carers', terms: ['carers', 'relatives', 'families', 'escorts'] },
  { concept: 'wards', terms: ['wards', 'ward staff', 'ward', 'porters', 'portering', 'ambulance'] },
  { concept: 'training', terms: ['training', 'teaching', 'mentoring', 'mentor', 'supervising students', 'induction', 'educating', 'coaching', 'show … how', 'new starters'] },
  // The post holder's own training is not training others: these phrases keep "training" from meaning that.
  {
    concept: 'ownDevelopment',
    terms: ['mandatory training', 'statutory training', 'statutory and mandatory training', 'own training', 'while training', 'for which training', 'after training', 'following training', 'full training', 'training will be given', 'own development', 'personal development', 'appraisal', 'CPD', 'continuing professional development']
  },
  { concept: 'reporting', terms: ['hot reporting', 'immediate reporting', 'red dot', 'preliminary clinical evaluation', 'image interpretation', 'abnormality detection'] },
  { concept: 'workload', terms: ['workload', 'prioritising', 'prioritise', 'priority', 'priorities', 'organising own work', 'own work', 'time management'] },
  { concept: 'modalityList', terms: ['modality worklist', 'worklist', 'modality list', 'work list'] },
  { concept: 'pain', terms: ['pain clinic', 'pain clinics', 'pain management', 'injections'] },
  { concept: 'team', terms: ['multidisciplinary team', 'multi-disciplinary team', 'MDT', 'imaging team', 'radiology team'] }
];

/**
 * Words every imaging JD and PS uses, whatever the duty: they help rank a
 * duty's clauses but never, alone, make a clause worth suggesting. Kept to
 * words a duty cannot be told apart by (the examples: equipment,
 * patients, imaging), as they are written; matched after stemming.
 */
export const COMMON_IMAGING_WORDS: readonly string[] = [
  'patient',
  'patients',
  'staff',
  'department',
  'service',
  'area',
  'policy',
  'procedure',
  'examination',
  'image',
  'imaging',
  'equipment',
  'support',
  'follow',
  'hospital',
  'practice',
  'colleague',
  'people',
  // Every assistant practitioner JD says whom the post works under.
  'registered',
  'radiographer',
  'practitioner',
  'assistant',
  'supervision',
  'supervising'
];
