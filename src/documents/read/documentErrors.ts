/**
 * Why a JD or PS file could not be read. The app says what to do instead
 * (save as .docx, paste the text) from its loc strings; these are only kinds.
 */
export type DocumentProblem =
  /** Larger than {@link MAX_DOCUMENT_BYTES}. */
  | 'tooLarge'
  /** A Word 97–2003 .doc. */
  | 'oldWord'
  /** Neither .docx nor .pdf. */
  | 'unsupportedType'
  /** Password-protected .docx or .pdf. */
  | 'encrypted'
  /** Damaged, or not what its name says. */
  | 'corrupt'
  /** Opens but holds no text. */
  | 'empty'
  /** A PDF with pages but no text layer: a scan. */
  | 'noTextLayer';

export class DocumentReadError extends Error {
  public readonly problem: DocumentProblem;

  public constructor(problem: DocumentProblem, cause?: unknown) {
    super(`The document could not be read (${problem}).`);
    this.name = 'DocumentReadError';
    this.problem = problem;
    if (cause !== undefined) {
      (this as { cause?: unknown }).cause = cause;
    }
  }
}

/** 10 MB: a four-page JD is a few hundred KB; anything larger is likely scanned images. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
