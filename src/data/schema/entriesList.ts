import { DEFAULT_FOUND_IN, DEFAULT_STATUS } from '../../model';
import { FOUND_IN_CHOICES, STATUS_CHOICES } from './choices';
import { statusColumnFormatter } from './formatting';
import type { ListDefinition } from './types';

/** Internal names of the Entries list's columns. */
export const ENTRY_FIELDS = {
  /** A readable copy of the duty text (shortened with an ellipsis past 255 characters). */
  dutyText: 'Title',
  mappingId: 'IdmMappingId',
  dutyId: 'IdmDutyId',
  team: 'IdmTeam',
  area: 'IdmArea',
  foundIn: 'IdmFoundIn',
  reference: 'IdmReference',
  comments: 'IdmComments',
  status: 'IdmStatus',
  actionWhat: 'IdmActionWhat',
  actionOwner: 'IdmActionOwner',
  actionOwnerPerson: 'IdmActionOwnerPerson',
  actionDue: 'IdmActionDue',
  sortOrder: 'IdmSortOrder'
} as const;

const F = ENTRY_FIELDS;
const gapChoices = [STATUS_CHOICES.gap, STATUS_CHOICES.partlyInPlace];
const entryColumns = ['LinkTitle', F.area, F.foundIn, F.reference, F.status, F.actionWhat, F.actionOwner, F.actionDue];

/** One item per duty per mapping. */
export const ENTRIES_LIST: ListDefinition = {
  key: 'entries',
  title: 'Duty Mapping Entries',
  description:
    'One item per duty in each duty mapping: where the duty is found, comments, status and any action. Kept up to date by the Imaging duty mapping app.',
  titleDisplayName: 'Duty',
  fields: [
    {
      id: 'd1250b63-0bbc-406c-b176-c5535b0d4573',
      internalName: F.mappingId,
      displayName: 'Mapping id',
      type: 'Number',
      decimals: 0,
      required: true,
      indexed: true,
      description: 'ID of the item in Duty Mappings this entry belongs to.'
    },
    {
      id: '5dcf2243-31da-4c9a-9022-a094ece1f698',
      internalName: F.dutyId,
      displayName: 'Duty id',
      type: 'Text',
      maxLength: 255,
      required: true,
      description: 'Stable id of the duty in the framework.'
    },
    {
      id: '9003b421-8d66-4170-812c-8445db8ba21d',
      internalName: F.team,
      displayName: 'Team',
      type: 'Text',
      maxLength: 255,
      indexed: true,
      description: 'The team of the mapping, copied here so views can group by team.'
    },
    {
      id: '8cf86920-e9ed-4b5f-80a6-1d4699ef1855',
      internalName: F.area,
      displayName: 'Area of responsibility',
      type: 'Text',
      maxLength: 255,
      description: 'The area of responsibility the duty belongs to, copied from the framework.'
    },
    {
      id: '513d53dc-101d-4718-ae41-d1b3708158ff',
      internalName: F.foundIn,
      displayName: 'Found in',
      type: 'Choice',
      choices: Object.values(FOUND_IN_CHOICES),
      defaultChoice: FOUND_IN_CHOICES[DEFAULT_FOUND_IN],
      description: 'Where the duty is found in the current job description (JD) or person specification (PS).'
    },
    {
      id: '2a9d4aa1-dd5a-408f-85fc-01a8131882ad',
      internalName: F.reference,
      displayName: 'JD/PS reference',
      type: 'Text',
      maxLength: 255,
      description: 'Clause or section of the JD or PS.'
    },
    {
      id: '44008e37-2f6b-45b1-abd3-f4f9adf00e66',
      internalName: F.comments,
      displayName: 'Comments',
      type: 'Note',
      description: 'Who does this now, opportunities and barriers.'
    },
    {
      id: '4c1b5f90-0b88-44cd-98a8-9a24adcebb9d',
      internalName: F.status,
      displayName: 'Status',
      type: 'Choice',
      choices: Object.values(STATUS_CHOICES),
      defaultChoice: STATUS_CHOICES[DEFAULT_STATUS],
      indexed: true,
      formatter: statusColumnFormatter(),
      description: 'Whether assistant practitioners in this team do this duty now.'
    },
    {
      id: 'e2f1ae43-bade-40a7-8713-654c99e62f17',
      internalName: F.actionWhat,
      displayName: 'Action',
      type: 'Text',
      maxLength: 255,
      description: 'For a gap: what the team will do about it.'
    },
    {
      id: 'b66dfaa2-003c-4f7d-9fdc-e8c5b1801eb4',
      internalName: F.actionOwner,
      displayName: 'Action owner',
      type: 'Text',
      maxLength: 255,
      description: 'For a gap: who will do it.'
    },
    {
      id: '5b0f3c2e-8d4a-4e61-9a57-2f6c1d8e4b90',
      internalName: F.actionOwnerPerson,
      displayName: 'Action owner (person)',
      type: 'Note',
      machineReadable: true,
      description: 'For a gap: the owner as a person in the directory, as JSON written by the app (login, name, e-mail).'
    },
    {
      id: '9dea7027-d63f-43de-aebc-850e53ca2945',
      internalName: F.actionDue,
      displayName: 'Action due',
      type: 'DateTime',
      // Indexed so the "Open actions" view and the action tracker can sort by it past 5,000 entries.
      indexed: true,
      description: 'For a gap: when it is due.'
    },
    {
      id: '9a32c70f-8bab-485b-8144-03c8740f32be',
      internalName: F.sortOrder,
      displayName: 'Order',
      type: 'Number',
      decimals: 0,
      description: 'Position of the duty in the framework, so views list duties in framework order.'
    }
  ],
  views: [
    {
      title: 'By team and status',
      fields: entryColumns,
      query:
        `<GroupBy Collapse="TRUE" GroupLimit="100"><FieldRef Name="${F.team}" /><FieldRef Name="${F.status}" /></GroupBy>` +
        `<OrderBy><FieldRef Name="${F.sortOrder}" /></OrderBy>`,
      rowLimit: 100
    },
    {
      title: 'Gaps and actions',
      fields: [F.team, ...entryColumns],
      query:
        `<Where><In><FieldRef Name="${F.status}" /><Values>` +
        gapChoices.map((choice) => `<Value Type="Choice">${choice}</Value>`).join('') +
        `</Values></In></Where>` +
        `<OrderBy><FieldRef Name="${F.team}" /><FieldRef Name="${F.sortOrder}" /></OrderBy>`,
      rowLimit: 100
    },
    {
      // Past the list view threshold a view needs its first filter on an indexed column (Status)
      // and its sort on an indexed column (Action due); paging at 100 keeps each page small.
      title: 'Open actions',
      fields: [F.team, 'LinkTitle', F.area, F.status, F.actionWhat, F.actionOwner, F.actionDue],
      query:
        `<Where><And><In><FieldRef Name="${F.status}" /><Values>` +
        gapChoices.map((choice) => `<Value Type="Choice">${choice}</Value>`).join('') +
        `</Values></In><IsNotNull><FieldRef Name="${F.actionWhat}" /></IsNotNull></And></Where>` +
        `<OrderBy><FieldRef Name="${F.actionDue}" /></OrderBy>`,
      rowLimit: 100
    }
  ]
};
