import type { ListDefinition } from './types';

/** Internal names of the Frameworks list's columns. */
export const FRAMEWORK_FIELDS = {
  title: 'Title',
  frameworkId: 'IdmFrameworkId',
  version: 'IdmFrameworkVersion',
  definition: 'IdmDefinition'
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
    }
  ],
  views: [
    {
      title: 'All versions',
      fields: ['LinkTitle', FRAMEWORK_FIELDS.frameworkId, FRAMEWORK_FIELDS.version, 'Modified', 'Editor'],
      query: `<OrderBy><FieldRef Name="ID" Ascending="FALSE" /></OrderBy>`,
      rowLimit: 100
    }
  ]
};
