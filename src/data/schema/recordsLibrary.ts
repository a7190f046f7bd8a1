import type { ListDefinition } from './types';

/** Internal names of the sign-off records library's columns. */
export const RECORD_FIELDS = {
  team: 'IdmRecordTeam',
  mappingId: 'IdmRecordMappingId',
  framework: 'IdmRecordFramework',
  frameworkVersion: 'IdmRecordFrameworkVersion',
  kind: 'IdmRecordKind',
  signedOffBy: 'IdmRecordSignedOffBy',
  signedOffAt: 'IdmRecordSignedOffAt',
  note: 'IdmRecordNote',
  reviewDue: 'IdmRecordReviewDue',
  /** SHA-256 (hex) of the sign-off's Word document, on both files of a sign-off. */
  documentSha256: 'IdmRecordDocumentHash',
  /** SHA-256 (hex) of the record's JSON payload, on every file of a record. */
  snapshotSha256: 'IdmRecordSnapshotHash'
} as const;

/** Stored values of the record kind column. */
export const RECORD_KINDS = { signedOff: 'Signed off', reopened: 'Reopened' } as const;

/**
 * The document library that keeps what was signed off: the Word document and a
 * JSON snapshot of each sign-off, and a note of each reopening. Members and
 * Visitors only read it (set-up gives it its own permissions), so a mapping's
 * signed-off state is read from here, never from a column Members can edit.
 */
export const RECORDS_LIBRARY: ListDefinition = {
  key: 'records',
  title: 'Duty Mapping Records',
  description:
    'Signed-off duty mappings: the Word document and a JSON snapshot of each sign-off, and a note of each reopening. Added by the Imaging duty mapping app; files are never overwritten.',
  titleDisplayName: 'Title',
  template: 101,
  fields: [
    {
      id: '0c3f5a52-7a55-4b8e-9f39-3f2c9a1c6d01',
      internalName: RECORD_FIELDS.team,
      displayName: 'Team',
      type: 'Text',
      maxLength: 255,
      description: 'The team whose mapping this record is.'
    },
    {
      id: '5b0d9e0b-6a0e-4f42-8a55-1d4e0f6c2a02',
      internalName: RECORD_FIELDS.mappingId,
      displayName: 'Mapping id',
      type: 'Number',
      decimals: 0,
      indexed: true,
      description: 'The ID of the mapping in the Duty Mappings list.'
    },
    {
      id: '8e1f6c0a-2b1d-4c7e-b0a4-6a7d3e9f1b03',
      internalName: RECORD_FIELDS.framework,
      displayName: 'Framework',
      type: 'Text',
      maxLength: 255,
      description: 'The framework the mapping was made against.'
    },
    {
      id: 'c2a7b9d4-0e3f-4a61-9d2b-7f5e8a1c4d04',
      internalName: RECORD_FIELDS.frameworkVersion,
      displayName: 'Framework version',
      type: 'Number',
      decimals: 0,
      description: 'The version of the framework.'
    },
    {
      id: 'f4d2e8a1-9c3b-4e7f-a5d6-2b8c1e9f3a05',
      internalName: RECORD_FIELDS.kind,
      displayName: 'Record',
      type: 'Choice',
      choices: [RECORD_KINDS.signedOff, RECORD_KINDS.reopened],
      defaultChoice: RECORD_KINDS.signedOff,
      indexed: true,
      description: 'Signed off (the document and snapshot of a sign-off) or Reopened (an owner reopened the mapping, with the reason).'
    },
    {
      id: '1a9e3c7b-5d2f-4b8a-8e6c-9f0d2a4b7c06',
      internalName: RECORD_FIELDS.signedOffBy,
      displayName: 'Signed off by',
      type: 'Text',
      maxLength: 255,
      description: 'Who signed off (or reopened) the mapping, as the app recorded it; the file’s Created By column is SharePoint’s own record of who added it.'
    },
    {
      id: '6d8b2f4e-3a1c-4e9d-b7f5-0c2e8a6d9b07',
      internalName: RECORD_FIELDS.signedOffAt,
      displayName: 'Signed off at',
      type: 'DateTime',
      includeTime: true,
      description: 'When the mapping was signed off (or reopened).'
    },
    {
      id: '9b4e7a2d-8c6f-4d1a-a3e9-5f7b0c2d8e08',
      internalName: RECORD_FIELDS.note,
      displayName: 'Note',
      type: 'Note',
      description: 'The sign-off note, or the reason for reopening.'
    },
    {
      id: '3e7c1b9f-4a8d-4f2e-9c5b-8d1a6e3f0b09',
      internalName: RECORD_FIELDS.reviewDue,
      displayName: 'Review due',
      type: 'DateTime',
      description: 'When the signed-off mapping is next due for review.'
    },
    {
      id: '2fa25f13-2830-4e1f-816d-e5d8f3f5caf2',
      internalName: RECORD_FIELDS.documentSha256,
      displayName: 'Document SHA-256',
      type: 'Text',
      maxLength: 64,
      description: 'SHA-256 of the Word document of the sign-off, as the app stored it.'
    },
    {
      id: 'a195d8f8-f0d5-4953-8567-839485522f0f',
      internalName: RECORD_FIELDS.snapshotSha256,
      displayName: 'Snapshot SHA-256',
      type: 'Text',
      maxLength: 64,
      description: 'SHA-256 of the JSON snapshot of the record (what was signed off, or the reopening), as the app stored it.'
    }
  ],
  views: []
};
