import * as strings from 'ImagingDutyMappingWebPartStrings';
import { exportFileName } from '../../../documents/write/content/fileName';
import { toIsoDate } from '../../../wording/format';
import { mark } from '../../common/perf';
import type { MappingExportInput } from '../../../documents/write/content/types';
import { downloadFile } from '../../common/export/download';
import { ExportFailure } from '../../common/export/exportFailure';
import type { ExportStage } from '../../common/export/exportFailure';

export type ExportFormat = 'docx' | 'xlsx';

type Writer = (input: MappingExportInput) => Promise<Blob>;

/**
 * The writers live in their own chunks: the entry bundle stays small and only
 * people who export download docx or write-excel-file.
 */
const WRITERS: Record<ExportFormat, () => Promise<Writer>> = {
  docx: async () => {
    const { buildMappingDocx, DOCX_MIME } = await import(/* webpackChunkName: 'export-docx' */ '../../../documents/write/docx/buildMappingDocx');
    return async (input) => new Blob([await buildMappingDocx(input)], { type: DOCX_MIME });
  },
  xlsx: async () => {
    const { buildMappingXlsx } = await import(/* webpackChunkName: 'export-xlsx' */ '../../../documents/write/xlsx/buildMappingXlsx');
    return buildMappingXlsx;
  }
};

/**
 * Makes the file and starts its download.
 *
 * @param format - Word or Excel.
 * @param input - The mapping as shown, and who exports it when.
 * @param download - Saves the file (the browser download by default).
 * @returns The file name used.
 * @throws ExportFailure - saying at which stage it failed.
 */
export async function exportMapping(
  format: ExportFormat,
  input: MappingExportInput,
  download: (blob: Blob, fileName: string) => void = downloadFile
): Promise<string> {
  let stage: ExportStage = 'load';
  try {
    mark(`idm-export-${format}-start`);
    const write = await WRITERS[format]();
    stage = 'write';
    const blob = await write(input);
    mark(`idm-export-${format}-written`);
    stage = 'download';
    const fileName = exportFileName(input.header.team, strings.CommonExportFileLabel, toIsoDate(input.exportedAt), format, strings.CommonExportUnnamedTeam);
    download(blob, fileName);
    return fileName;
  } catch (error) {
    throw new ExportFailure(stage, error);
  }
}

