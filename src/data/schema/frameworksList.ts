import type { ListDefinition } from './types';

/** Internal names of the Frameworks list's columns. */
export const FRAMEWORK_FIELDS = {
  title: 'Title',
  frameworkId: 'IdmFrameworkId',
  version: 'IdmFrameworkVersion',
  definition: 'IdmDefinition',
  // Several frameworks, published versions, retiring
  versionKey: 'IdmVersionKey',
  role: 'IdmRole',
  band: 'IdmBand',
  changeNote: 'IdmChangeNote',
  retired: 'IdmRetired'
} as const;

/** One item per framework version; the definition of record is the JSON. */
export const FRAMEWORKS_LIST: ListDefinition = {
  key: 'frameworks',
  title: 'Duty Mapping Frameworks',
  description:
    'One item per version of the duty framework that imaging teams map against. Edited through the Imaging duty mapping app by site owners; do not edit the definition here.',
  titleDisplayName: 'Framework',
  fields: [
    {
      id: '70093eb9-5e73-40f2-956b-49345c6479ac',
      internalName: FRAMEWORK_FIELDS.frameworkId,
      displayName: 'Framework id',
      type: 'Text',
      maxLength: 255,
      required: true,
      indexed: true,
      description: 'Stable id of the framework; every version of one framework shares it.'
    },
    {
      id: 'b70bc436-1097-4c27-9471-259e2fc272bf',
      internalName: FRAMEWORK_FIELDS.version,
      displayName: 'Version',
      type: 'Number',
      decimals: 0,
      required: true,
      indexed: true,
      description: 'Version number, 1 for the first; mappings record which version they used.'
    },
    {
      id: '266488bd-7f0f-45cb-a5b5-138f65571833',
      internalName: FRAMEWORK_FIELDS.definition,
      displayName: 'Definition (JSON)',
      type: 'Note',
      machineReadable: true,
      required: true,
      description: 'The whole framework (areas, QSI standards and duties) as JSON, written by the app.'
    },
    // Added after the first release: set-up adds them to existing sites.
    {
      id: '5b0f6c4e-2d8a-4f7e-9a43-7c1d2e6b9f10',
      internalName: FRAMEWORK_FIELDS.versionKey,
      displayName: 'Version key',
      type: 'Text',
      maxLength: 255,
      indexed: true,
      unique: true,
      machineReadable: true,
      description: 'Framework id and version number together; unique, so two people can never publish the same version number.'
    },
    {
      id: 'c4a2e8d1-7f3b-4b6e-8e25-1a9d0c7f3e42',
      internalName: FRAMEWORK_FIELDS.role,
      displayName: 'Role',
      type: 'Text',
      maxLength: 255,
      description: 'The support-worker role this framework describes, e.g. Assistant practitioner.'
    },
    {
      id: '9e7d3b21-4c6a-4f08-b1d5-6a2f8e0c4d73',
      internalName: FRAMEWORK_FIELDS.band,
      displayName: 'Band',
      type: 'Text',
      maxLength: 255,
      description: 'The indicative Agenda for Change band of the role.'
    },
    {
      id: '2f6b9c14-8e3d-4a7f-a0c2-5d1e7b3f9a86',
      internalName: FRAMEWORK_FIELDS.changeNote,
      displayName: 'Change note',
      type: 'Note',
      description: 'What changed in this version and why, written by the owner who published it.'
    },
    {
      id: 'a81d4f6e-3b2c-4e95-8f7a-0c6d2b9e5f31',
      internalName: FRAMEWORK_FIELDS.retired,
      displayName: 'Retired',
      type: 'Boolean',
      description: 'Yes when owners have retired this framework: hidden from new mappings, kept for existing ones.'
    }
  ],
  views: [
    {
      title: 'All versions',
      fields: ['LinkTitle', FRAMEWORK_FIELDS.frameworkId, FRAMEWORK_FIELDS.version, FRAMEWORK_FIELDS.role, FRAMEWORK_FIELDS.band, FRAMEWORK_FIELDS.changeNote, FRAMEWORK_FIELDS.retired, 'Modified', 'Editor'],
      query: `<OrderBy><FieldRef Name="ID" Ascending="FALSE" /></OrderBy>`,
      rowLimit: 100
    }
  ]
};
