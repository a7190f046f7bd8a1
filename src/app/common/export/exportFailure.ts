/** Where an export stopped: fetching the writer, writing the file, or handing it to the browser. */
export type ExportStage = 'load' | 'write' | 'download';

/** An export that did not produce a download; nothing in the mapping is touched either way. */
export class ExportFailure extends Error {
  public readonly stage: ExportStage;

  public constructor(stage: ExportStage, cause: unknown) {
    super(`Export failed while ${stage === 'load' ? 'loading the writer' : stage === 'write' ? 'writing the file' : 'starting the download'}.`);
    this.name = 'ExportFailure';
    this.stage = stage;
    (this as { cause?: unknown }).cause = cause;
  }
}
