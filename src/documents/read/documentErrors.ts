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
  | 'noTextLayer'
  /** More text than any JD holds: a .docx whose document.xml inflates past {@link MAX_DOCX_XML_BYTES}, or a text past {@link MAX_TEXT_BYTES}. */
  | 'tooMuchText'
  /** Reading took longer than {@link MAX_READ_MS}: stopped, so the page never waits on it. */
  | 'tooSlow';

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

/** 20 MB of Word XML: a long JD is well under 1 MB; more is a file built to be unreadable (a 245 KB .docx can hold 60 MB). */
export const MAX_DOCX_XML_BYTES = 20 * 1024 * 1024;

/** 2 MB of text: several hundred pages, far past any JD or PS. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Three minutes: a 10 MB .docx takes over a minute on a slow, busy machine; the page stays usable meanwhile (it runs in a worker). */
export const MAX_READ_MS = 180000;
