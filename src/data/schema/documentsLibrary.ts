import type { ListDefinition } from './types';

/** Internal names of the JD/PS library's columns. */
export const DOCUMENT_FIELDS = {
  mappingId: 'IdmDocMappingId',
  kind: 'IdmDocKind'
} as const;

/** Stored values of the document kind column: the team's own abbreviations. */
export const DOCUMENT_KINDS = { jd: 'JD', ps: 'PS' } as const;

/**
 * The document library holding each mapping's job description and person
 * specification, so the whole team suggests from the same files. One file per
 * mapping and kind, named after both; replacing it uploads a new version of
 * the same file, and the library's version history keeps the old one. Set-up
 * gives it its own permissions: Owners full control, Members contribute,
 * Visitors read.
 */
export const DOCUMENTS_LIBRARY: ListDefinition = {
  key: 'documents',
  title: 'Duty Mapping Documents',
  description:
    'The job description (JD) and person specification (PS) of each duty mapping, as the team uploaded them. Added by the Imaging duty mapping app; replacing a document keeps the earlier one in its version history.',
  titleDisplayName: 'Title',
  template: 101,
  fields: [
    {
      id: '4c1b7e2a-93d5-4f0e-8a6b-2d9c5e1f7a31',
      internalName: DOCUMENT_FIELDS.mappingId,
      displayName: 'Mapping id',
      type: 'Number',
      decimals: 0,
      indexed: true,
      description: 'The ID of the mapping in the Duty Mappings list this document belongs to.'
    },
    {
      id: '9e6a2d4f-1b7c-4e83-b5a0-7c3f8d2e6b42',
      internalName: DOCUMENT_FIELDS.kind,
      displayName: 'Document',
      type: 'Choice',
      choices: [DOCUMENT_KINDS.jd, DOCUMENT_KINDS.ps],
      indexed: true,
      description: 'JD (job description) or PS (person specification).'
    }
  ],
  views: []
};
