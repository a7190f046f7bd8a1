/**
 * The behaviour every MappingDocumentService must have (a mapping's JD and PS,
 * stored again as new versions), run against the UI tests' fake (fake.test.ts)
 * and the real service over HTTP on the local SharePoint server (sharePoint.test.ts).
 */
import { AppError } from '../../src/services/errors';
import { MAX_STORED_DOCUMENT_BYTES } from '../../src/services/documents';
import type { DocumentUpload, MappingDocumentService } from '../../src/services/documents';
import type { MappingRepository } from '../../src/services/types';

export interface DocumentsSubject {
  /** A new session of a Member; sessions of one subject share one site. */
  member(): { documents: MappingDocumentService; mappings: MappingRepository };
  /** The Member's name as the library records it. */
  memberName(): Promise<string>;
}

let teams = 0;

async function newMapping(s: DocumentsSubject): Promise<number> {
  teams += 1;
  return s.member().mappings.createMapping({ header: { team: `Documents contract ${teams}`, completedBy: { people: [], otherNames: [] }, notes: '' } });
}

function upload(kind: 'jd' | 'ps', text: string, format: 'txt' | 'docx' = 'txt'): DocumentUpload {
  return { kind, format, originalName: format === 'txt' ? '' : `${kind}.${format}`, bytes: new TextEncoder().encode(text) };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error
  );
}

/**
 * Declares the contract's cases for one implementation.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function documentsContract(subject: () => DocumentsSubject): void {
  test('a mapping with nothing stored lists no documents', async () => {
    const s = subject();
    const id = await newMapping(s);
    expect(await s.member().documents.listDocuments(id)).toEqual([]);
  });

  test('a stored JD and PS are listed JD first, each with who stored it, and read back byte for byte', async () => {
    const s = subject();
    const id = await newMapping(s);
    const documents = s.member().documents;
    const ps = await documents.saveDocument(id, upload('ps', 'Person specification'));
    const jd = await documents.saveDocument(id, { ...upload('jd', 'Job description', 'docx'), originalName: 'Radiographer JD.docx' });
    expect(jd).toMatchObject({ kind: 'jd', format: 'docx', originalName: 'Radiographer JD.docx', version: '1.0', modifiedBy: await s.memberName() });
    expect(ps).toMatchObject({ kind: 'ps', format: 'txt', version: '1.0' });

    const listed = await s.member().documents.listDocuments(id);
    expect(listed.map((d) => [d.kind, d.format, d.path])).toEqual([
      ['jd', 'docx', jd.path],
      ['ps', 'txt', ps.path]
    ]);
    expect(new TextDecoder().decode(await s.member().documents.readDocument(listed[0]))).toBe('Job description');
  });

  test('storing the same kind again makes a new version of the same file and keeps the earlier one', async () => {
    const s = subject();
    const id = await newMapping(s);
    const documents = s.member().documents;
    const first = await documents.saveDocument(id, upload('jd', 'First wording'));
    const second = await documents.saveDocument(id, upload('jd', 'Second wording'));
    expect(second.path).toBe(first.path);
    expect(second.version).toBe('2.0');
    expect(await s.member().documents.listDocuments(id)).toHaveLength(1);
    expect(new TextDecoder().decode(await documents.readDocument(second))).toBe('Second wording');
    const earlier = await documents.earlierVersions(second);
    expect(earlier.map((v) => [v.version, v.createdBy])).toEqual([['1.0', await s.memberName()]]);
  });

  test('one mapping’s documents are not another’s', async () => {
    const s = subject();
    const mine = await newMapping(s);
    const theirs = await newMapping(s);
    await s.member().documents.saveDocument(mine, upload('jd', 'Mine'));
    expect(await s.member().documents.listDocuments(theirs)).toEqual([]);
  });

  test('a document larger than the app stores is refused before any upload', async () => {
    const s = subject();
    const id = await newMapping(s);
    const error = await caught(s.member().documents.saveDocument(id, { kind: 'jd', format: 'pdf', originalName: 'huge.pdf', bytes: new Uint8Array(MAX_STORED_DOCUMENT_BYTES + 1) }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'invalid', reason: 'documentTooLarge' });
    expect(await s.member().documents.listDocuments(id)).toEqual([]);
  });

  test('reading a document that is not there is not found', async () => {
    const s = subject();
    const id = await newMapping(s);
    const stored = await s.member().documents.saveDocument(id, upload('jd', 'Here'));
    const error = await caught(s.member().documents.readDocument({ ...stored, path: stored.path.replace(/\.txt$/, '-gone.txt') }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'notFound' });
  });
}
