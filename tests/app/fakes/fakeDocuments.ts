import { AppError } from '../../../src/services/errors';
import { MAX_STORED_DOCUMENT_BYTES } from '../../../src/services/documents';
import type { DocumentUpload, MappingDocumentService, StoredDocument, StoredDocumentVersion } from '../../../src/services/documents';

/** What the fake documents service needs of the fake "server". */
export interface FakeDocumentsSource {
  call<T>(method: 'listDocuments' | 'readDocument' | 'saveDocument' | 'earlierVersions', run: () => T): Promise<T>;
}

interface FakeFile {
  document: StoredDocument;
  mappingId: number;
  bytes: Uint8Array;
  earlier: Array<StoredDocumentVersion & { bytes: Uint8Array }>;
}

/**
 * An in-memory "Duty Mapping Documents" library: one file per mapping, kind
 * and format; storing one again makes a new version and keeps the old one,
 * as the real library does.
 */
export class FakeDocuments implements MappingDocumentService {
  public readonly files = new Map<string, FakeFile>();
  public readonly saved: Array<{ mappingId: number; upload: DocumentUpload }> = [];
  private clock = Date.parse('2026-11-30T10:00:00Z');

  public constructor(private readonly source: FakeDocumentsSource, private readonly userName: () => string) {}

  public listDocuments(mappingId: number): Promise<StoredDocument[]> {
    return this.source.call('listDocuments', () => {
      const mine = Array.from(this.files.values())
        .filter((file) => file.mappingId === mappingId)
        .sort((a, b) => b.document.modified.localeCompare(a.document.modified));
      return (['jd', 'ps'] as const).map((kind) => mine.find((file) => file.document.kind === kind)?.document).filter((d): d is StoredDocument => d !== undefined);
    });
  }

  public readDocument(document: StoredDocument): Promise<Uint8Array> {
    return this.source.call('readDocument', () => {
      const file = this.files.get(document.path);
      if (file === undefined) {
        throw new AppError('notFound', { status: 404 });
      }
      return file.bytes;
    });
  }

  public saveDocument(mappingId: number, upload: DocumentUpload): Promise<StoredDocument> {
    const bytes = upload.bytes;
    if (!('byteLength' in bytes)) {
      // jsdom's Blob cannot be read; the panel hands over a chosen file as a Blob only where it can be (a browser).
      return Promise.reject(new Error('The fake documents service stores bytes, not Blobs.'));
    }
    if (bytes.byteLength > MAX_STORED_DOCUMENT_BYTES) {
      return Promise.reject(new AppError('invalid', { reason: 'documentTooLarge' }));
    }
    return this.source.call('saveDocument', () => {
      const path = `/sites/imaging/Duty Mapping Documents/Mapping ${mappingId} ${upload.kind.toUpperCase()}.${upload.format}`;
      const before = this.files.get(path);
      const major = before === undefined ? 1 : Number.parseInt(before.document.version, 10) + 1;
      this.clock += 60_000;
      const document: StoredDocument = {
        kind: upload.kind,
        format: upload.format,
        originalName: upload.originalName,
        path,
        version: `${major}.0`,
        modified: new Date(this.clock).toISOString(),
        modifiedBy: this.userName()
      };
      const earlier = before === undefined ? [] : [...before.earlier, { version: before.document.version, created: before.document.modified, createdBy: before.document.modifiedBy, bytes: before.bytes }];
      this.files.set(path, { document, mappingId, bytes: bytes.slice(), earlier });
      this.saved.push({ mappingId, upload });
      return document;
    });
  }

  public earlierVersions(document: StoredDocument): Promise<StoredDocumentVersion[]> {
    return this.source.call('earlierVersions', () => (this.files.get(document.path)?.earlier ?? []).map(({ version, created, createdBy }) => ({ version, created, createdBy })));
  }
}
