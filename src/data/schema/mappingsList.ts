import type { DutyStatus } from '../../model';
import type { FieldDefinition, ListDefinition } from './types';

/** Internal names of the Mappings list's columns. */
export const MAPPING_FIELDS = {
  /** The team name is the item's Title, so SharePoint's own link column shows it. */
  team: 'Title',
  completedBy: 'IdmCompletedBy',
  completedByNames: 'IdmCompletedByNames',
  dateCompleted: 'IdmDateCompleted',
  notes: 'IdmNotes',
  frameworkId: 'IdmFrameworkId',
  frameworkVersion: 'IdmFrameworkVersion',
  areaComments: 'IdmAreaComments',
  dutyCount: 'IdmDutyCount',
  coverage: 'IdmCoverage',
  contributors: 'IdmContributors',
  /** Draft or Ready for sign-off; "signed off" lives in the records library. */
  signOffState: 'IdmSignOffState',
  /** Per-area counts and open actions as JSON (see AreaBreakdown), written with the counts. */
  areaCounts: 'IdmAreaCounts',
  /** The mapping this one was made from (the yearly review), to show what changed since. */
  previousMappingId: 'IdmPreviousMappingId',
  /** The number of the mapping's latest sign-off or reopening record, written in the record's own batch, so a missing record shows as a gap. */
  latestRecord: 'IdmLatestRecord'
} as const;

/** Stored values of the sign-off state column. */
export const SIGN_OFF_STATE_CHOICES = { draft: 'Draft', ready: 'Ready for sign-off' } as const;

/** Denormalised count columns, one per status, so the overview is one request. */
export const COUNT_FIELDS: Readonly<Record<DutyStatus, string>> = {
  notReviewed: 'IdmCountNotReviewed',
  inPlace: 'IdmCountInPlace',
  partlyInPlace: 'IdmCountPartlyInPlace',
  gap: 'IdmCountGap',
  notApplicable: 'IdmCountNotApplicable'
};

const COUNT_DEFINITIONS: FieldDefinition[] = [
  ['notReviewed', 'Not yet reviewed', '4b3527b7-3ee2-4d34-a9b9-59cc2fd8ecef'],
  ['inPlace', 'In place', '4e8ae55d-2779-4bef-bec5-6da67c7caded'],
  ['partlyInPlace', 'Partly in place', '469665cb-426e-42f6-9de9-ebd3d2e4029f'],
  ['gap', 'Gaps', '0dd6dfc8-e3e3-4092-8ea5-d30afb4678a5'],
  ['notApplicable', 'Not applicable', 'b6c99405-ab99-466f-89ee-12c2b82dd8d7']
].map(([status, label, id]) => ({
  id,
  internalName: COUNT_FIELDS[status as DutyStatus],
  displayName: label,
  type: 'Number' as const,
  decimals: 0,
  description: `How many duties are "${label}" (kept up to date by the app on every save).`
}));

/** One item per mapping exercise (one team, one framework version). */
export const MAPPINGS_LIST: ListDefinition = {
  key: 'mappings',
  title: 'Duty Mappings',
  description:
    'One item per duty mapping exercise: the team, who completed it, and its status counts. Kept up to date by the Imaging duty mapping app.',
  titleDisplayName: 'Team',
  fields: [
    {
      id: '038c341d-a999-4c16-844e-7521f4259354',
      internalName: MAPPING_FIELDS.completedBy,
      displayName: 'Completed by (data)',
      type: 'Note',
      machineReadable: true,
      description: 'Who completed the mapping, as JSON written by the app: people in the directory and other names.'
    },
    {
      id: '4a69c06d-5cb7-4fd1-bc12-ad84298a57e7',
      internalName: MAPPING_FIELDS.completedByNames,
      displayName: 'Completed by',
      type: 'Text',
      maxLength: 255,
      description: 'Names of everyone who completed the mapping, for reading in views.'
    },
    {
      id: '64eee632-e2d2-49e8-9c01-73495f52fdc0',
      internalName: MAPPING_FIELDS.dateCompleted,
      displayName: 'Date completed',
      type: 'DateTime',
      description: 'The date the team completed the mapping; blank while it is in progress.'
    },
    {
      id: 'fa865a04-d677-4f1e-9d38-a055b97a69f7',
      internalName: MAPPING_FIELDS.notes,
      displayName: 'Notes',
      type: 'Note',
      description: 'Notes about the mapping exercise.'
    },
    {
      id: '95733955-e8eb-47fe-adc7-1b174ec8eb64',
      internalName: MAPPING_FIELDS.frameworkId,
      displayName: 'Framework id',
      type: 'Text',
      maxLength: 255,
      description: 'The framework the mapping uses.'
    },
    {
      id: '64f1db1b-9404-4537-a4bd-8929191fbca5',
      internalName: MAPPING_FIELDS.frameworkVersion,
      displayName: 'Framework version',
      type: 'Number',
      decimals: 0,
      description: 'The framework version the mapping uses.'
    },
    {
      id: 'b1fc0ce7-f059-47cf-8f2f-a5fa9f98b0c8',
      internalName: MAPPING_FIELDS.areaComments,
      displayName: 'Area comments (data)',
      type: 'Note',
      machineReadable: true,
      description: 'Comments per area of responsibility, as JSON written by the app.'
    },
    {
      id: '2415efaf-b7b4-4715-8385-26644a4f1cb9',
      internalName: MAPPING_FIELDS.dutyCount,
      displayName: 'Duties',
      type: 'Number',
      decimals: 0,
      description: 'How many duties the mapping covers.'
    },
    ...COUNT_DEFINITIONS,
    {
      id: '039e205c-26bb-4426-ba53-aca1c23d17fc',
      internalName: MAPPING_FIELDS.coverage,
      displayName: 'Coverage',
      type: 'Number',
      percentage: true,
      decimals: 0,
      description: 'Share of applicable duties already found in the job description or person specification.'
    },
    {
      id: 'b60af27e-611c-47de-92c6-8bba6983080e',
      internalName: MAPPING_FIELDS.contributors,
      displayName: 'Contributors (data)',
      type: 'Note',
      machineReadable: true,
      description: 'Sign-in names of everyone who has saved to this mapping, as JSON written by the app.'
    },
    {
      id: 'e3b1c8d2-4f6a-4a9e-8c7b-2d5f9a1e6c10',
      internalName: MAPPING_FIELDS.signOffState,
      displayName: 'Sign-off state',
      type: 'Choice',
      choices: [SIGN_OFF_STATE_CHOICES.draft, SIGN_OFF_STATE_CHOICES.ready],
      defaultChoice: SIGN_OFF_STATE_CHOICES.draft,
      description: 'Draft, or Ready for sign-off (set by any member). Whether it is signed off is kept in the Duty Mapping Records library.'
    },
    {
      id: '5c0f7a63-2b0e-4f43-9a55-0f5e8f1d7c21',
      internalName: MAPPING_FIELDS.areaCounts,
      displayName: 'Counts by area (data)',
      type: 'Note',
      machineReadable: true,
      description: 'Status counts per area of responsibility and open actions, as JSON kept up to date by the app on every save.'
    },
    {
      id: 'a7d4e2b9-61f3-4c8e-9b0a-3e5d7c2f1a64',
      internalName: MAPPING_FIELDS.previousMappingId,
      displayName: 'Made from mapping',
      type: 'Number',
      decimals: 0,
      description: 'ID of the earlier mapping of the same team this one was made from (the yearly review), if any.'
    },
    {
      id: '02567924-a175-4f8e-974d-83a094b06219',
      internalName: MAPPING_FIELDS.latestRecord,
      displayName: 'Latest record',
      type: 'Number',
      decimals: 0,
      description: 'Number of the latest sign-off or reopening record of this mapping in the Duty Mapping Records library (written by the app with the record).'
    }
  ],
  views: [
    {
      title: 'Status by team',
      fields: [
        'LinkTitle',
        MAPPING_FIELDS.completedByNames,
        MAPPING_FIELDS.dateCompleted,
        COUNT_FIELDS.inPlace,
        COUNT_FIELDS.partlyInPlace,
        COUNT_FIELDS.gap,
        COUNT_FIELDS.notApplicable,
        COUNT_FIELDS.notReviewed,
        MAPPING_FIELDS.coverage,
        MAPPING_FIELDS.frameworkVersion,
        'Modified'
      ],
      query: `<OrderBy><FieldRef Name="Title" /><FieldRef Name="ID" Ascending="FALSE" /></OrderBy>`,
      rowLimit: 100
    }
  ]
};
