import * as strings from 'ImagingDutyMappingWebPartStrings';
import { Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { formatText } from '../../../wording/format';
import { mappingContent } from '../content/mappingContent';
import type { MappingContent, MappingExportInput } from '../content/types';
import { areaTable, DUTY_NUMBERING } from './areaTable';
import { actionPlan, footerText, headerTable, opening, provenance } from './documentParts';

/** British English for spelling, grammar and screen readers. */
const LANGUAGE = { value: 'en-GB' };
/** Half an inch: landscape A4 then leaves about 27 cm for the five columns. */
const MARGIN = 720;

function body(content: MappingContent): FileChild[] {
  return [
    ...opening(content),
    ...headerTable(content),
    ...content.areas.flatMap((area) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: formatText(strings.CommonExportAreaHeading, area.number, area.title), keepNext: true }),
      areaTable(area)
    ]),
    ...provenance(content),
    ...actionPlan(content)
  ];
}

function footer(content: MappingContent): Footer {
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: `${footerText(content)} ${strings.CommonExportPageNumber}`, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 })
        ]
      })
    ]
  });
}

/**
 * Makes the SoR form for a mapping as a Word document: landscape A4, real
 * tables whose header rows repeat, heading styles for navigation and screen
 * readers, British English, title and author set. Runs without any UI, so the
 * sign-off record can store the same file people download.
 *
 * Load it on demand (it pulls in the `docx` library):
 * `const { buildMappingDocx } = await import('../export/docx/buildMappingDocx')`.
 *
 * @param input - The mapping, its framework, and who exports it when.
 * @returns The .docx file's bytes.
 */
export async function buildMappingDocx(input: MappingExportInput): Promise<Uint8Array> {
  const content = mappingContent(input);
  const document = new Document({
    title: formatText(strings.CommonExportDocumentTitle, content.team || strings.CommonExportUnnamedTeam),
    subject: content.frameworkTitle,
    creator: content.exportedBy,
    lastModifiedBy: content.exportedBy,
    description: footerText(content),
    styles: { default: { document: { run: { language: LANGUAGE, font: 'Arial', size: 20 } } } },
    numbering: DUTY_NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }
          }
        },
        footers: { default: footer(content) },
        children: body(content)
      }
    ]
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The MIME type of a .docx file, for Blobs and uploads. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
