import * as strings from 'ImagingDutyMappingWebPartStrings';
import { HeadingLevel, Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild } from 'docx';
import { formatText } from '../../../wording/format';
import type { MappingContent } from '../content/types';
import { headerRow, textCell, textRuns } from './cells';

/**
 * The form's opening: title, the guidance it maps against, and how to use it.
 *
 * @param content - The mapping's content.
 * @returns Paragraphs.
 */
export function opening(content: MappingContent): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(content.frameworkTitle) }),
    // Which framework (one per role) and version, so forms for different roles are told apart on paper.
    new Paragraph({ children: textRuns(formatText(strings.CommonExportFrameworkLine, content.frameworkName, content.frameworkVersion)) }),
    new Paragraph({
      children: [new TextRun({ text: `${strings.CommonFrameworkGuidanceLabel} ` }), new TextRun({ text: content.guidanceTitle, italics: true })]
    }),
    ...content.introduction.map((text) => new Paragraph({ children: textRuns(text) }))
  ];
}

/**
 * The header table of the form: team, who completed it, when, and notes.
 *
 * @param content - The mapping's content.
 * @returns A heading and a two-column table.
 */
export function headerTable(content: MappingContent): FileChild[] {
  const fields: [string, string][] = [
    [strings.CommonTeamLabel, content.team],
    [strings.CommonExportHeaderCompletedBy, content.completedBy],
    [strings.CommonDateCompletedLabel, content.dateCompleted],
    [strings.CommonFieldNotes, content.notes]
  ];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: strings.CommonHeaderHeading }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: fields.map(([label, value]) => new TableRow({ cantSplit: true, children: [textCell(label, 25, { bold: true }), textCell(value, 75)] }))
    })
  ];
}

/**
 * Where the content came from, as the template repeats it on every page.
 *
 * @param content - The mapping's content.
 * @returns A heading and one paragraph per note.
 */
export function provenance(content: MappingContent): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: strings.CommonFrameworkProvenanceHeading }),
    ...content.provenance.map(
      (note) => new Paragraph({ children: [new TextRun({ text: `${note.date}: `, bold: true }), ...textRuns(note.text)] })
    )
  ];
}

const ACTION_WIDTHS = [18, 30, 10, 22, 12, 8];

/**
 * The action plan: every gap and partly-in-place duty with its action, owner and due date.
 *
 * @param content - The mapping's content.
 * @returns A heading, an introduction and a table (or a sentence when there is nothing to do).
 */
export function actionPlan(content: MappingContent): FileChild[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, text: strings.CommonExportActionPlanHeading });
  if (content.actions.length === 0) {
    return [heading, new Paragraph({ text: strings.CommonExportActionPlanEmpty })];
  }
  const labels = [
    strings.CommonExportSummaryAreaColumn,
    strings.CommonExportColumnDuty,
    strings.CommonDetailsStatus,
    strings.CommonExportColumnAction,
    strings.CommonExportColumnOwner,
    strings.CommonExportColumnDue
  ];
  const rows = content.actions.map(
    ({ area, row }) =>
      new TableRow({
        cantSplit: true,
        children: [
          textCell(area, ACTION_WIDTHS[0]),
          textCell(row.lines[0].text, ACTION_WIDTHS[1]),
          textCell(row.status, ACTION_WIDTHS[2]),
          textCell(row.actionWhat || strings.CommonExportNoActionYet, ACTION_WIDTHS[3]),
          textCell(row.actionOwner, ACTION_WIDTHS[4]),
          textCell(row.actionDue, ACTION_WIDTHS[5])
        ]
      })
  );
  return [
    heading,
    new Paragraph({ text: strings.CommonExportActionPlanIntro }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow(labels, ACTION_WIDTHS), ...rows] })
  ];
}

/**
 * The footer line: the framework (by role and band when it has them) and version, export date and who exported.
 *
 * @param content - The mapping's content.
 * @returns The footer's text.
 */
export function footerText(content: MappingContent): string {
  return formatText(strings.CommonExportFooter, content.frameworkName, content.frameworkVersion, content.exportedAt, content.exportedBy);
}
