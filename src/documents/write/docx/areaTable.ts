import * as strings from 'ImagingDutyMappingWebPartStrings';
import { LevelFormat, Paragraph, Table, TableRow, WidthType, AlignmentType } from 'docx';
import type { INumberingOptions } from 'docx';
import { formatText } from '../../../wording/format';
import { mapCellText } from '../content/mappingContent';
import type { AreaContent } from '../content/types';
import { headerRow, paragraphsCell, textCell, textRuns } from './cells';

/** Column widths (percent) of an area table: the form gives the duties the most room. */
const WIDTHS = [18, 36, 13, 21, 12];
const DUTY_LIST = 'idm-duties';

/** Bullets for nested duties, as in the template: "•" for duties, "–" and "○" for their sub-items. */
export const DUTY_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: DUTY_LIST,
      levels: ['•', '–', '○'].map((glyph, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: glyph,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 300 + level * 300, hanging: 240 } } }
      }))
    }
  ]
};

/**
 * The column headings of every area table, as the SoR form words them.
 *
 * @returns Five headings.
 */
export function areaColumnLabels(): string[] {
  return [strings.CommonExportColumnArea, strings.CommonExportColumnDuties, strings.CommonExportColumnMap, strings.CommonFieldComments, strings.CommonDetailsStatus];
}

function areaCell(area: AreaContent, rows: number): ReturnType<typeof paragraphsCell> {
  const paragraphs = [
    new Paragraph({ children: textRuns(formatText(strings.CommonExportAreaPartA, area.title)) }),
    new Paragraph({ children: textRuns(formatText(strings.CommonExportAreaPartB, area.qsiStandards.join('; '))) })
  ];
  if (area.comments) {
    paragraphs.push(new Paragraph({ children: textRuns(formatText(strings.CommonExportAreaComments, area.comments)) }));
  }
  return paragraphsCell(paragraphs, WIDTHS[0], rows);
}

/**
 * One area of the mapping as a real Word table: a header row that repeats on
 * each page, then one row per duty (never split across pages) with its nested
 * sub-items as bullets; the area and its QSI standards span the duty rows.
 *
 * @param area - The area's content.
 * @returns The table.
 */
export function areaTable(area: AreaContent): Table {
  const rows: TableRow[] = area.rows.map(
    (row, index) =>
      new TableRow({
        cantSplit: true,
        children: [
          ...(index === 0 ? [areaCell(area, area.rows.length)] : []),
          paragraphsCell(
            row.lines.map((line) => new Paragraph({ children: textRuns(line.text), numbering: { reference: DUTY_LIST, level: line.depth - 1 } })),
            WIDTHS[1]
          ),
          textCell(mapCellText(row), WIDTHS[2]),
          textCell(row.comments, WIDTHS[3]),
          textCell(row.status, WIDTHS[4])
        ]
      })
  );
  if (rows.length === 0) {
    // An area whose duties were all removed still shows its title and QSI standards.
    rows.push(new TableRow({ cantSplit: true, children: [areaCell(area, 1), ...WIDTHS.slice(1).map((width) => textCell('', width))] }));
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [headerRow(areaColumnLabels(), WIDTHS), ...rows]
  });
}
