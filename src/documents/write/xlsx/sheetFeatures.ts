/**
 * Filters and drop-down lists for write-excel-file, which keeps its core small
 * and leaves such things to "features" that add XML to the sheet. Excel is
 * strict about the order of a worksheet's elements (ECMA-376 part 1, §18.3.1.99
 * CT_Worksheet): one out of place and it offers to "repair" the file, so new
 * elements go in at their place in that sequence.
 */
import type { Feature } from 'write-excel-file/universal';
import { getCellAddress, insertElementMarkupAccordingToOrderOfSiblings, sanitizeTextContent } from 'write-excel-file/utility';

/** CT_Worksheet's child elements, in the order the schema requires. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'
];
/** CT_Workbook's child elements up to the defined names, in schema order. */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'
];

/** What a sheet asks for beyond write-excel-file's own options. */
export interface SheetExtras {
  /** Sheet name, to address the filtered range. */
  name: string;
  /** Rows including the header row; columns. A filter covers them all. */
  filter?: { rows: number; columns: number };
  /** Drop-down lists: a column (0-based) and its allowed values, for data rows 2..rows. */
  lists: { column: number; values: readonly string[]; rows: number }[];
}

function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

function range(rows: number, columns: number): string {
  return `${getCellAddress(0, 0)}:${getCellAddress(rows - 1, columns - 1)}`;
}

function validationsXml(lists: SheetExtras['lists']): string {
  const items = lists
    .filter((list) => list.rows > 1)
    .map((list) => {
      // A list typed into the rule is one quoted formula, its values separated by commas (so they must hold none).
      const formula = `"${list.values.map((value) => value.replace(/[",]/g, ' ')).join(',')}"`;
      const sqref = `${getCellAddress(1, list.column)}:${getCellAddress(list.rows - 1, list.column)}`;
      return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>${sanitizeTextContent(formula)}</formula1></dataValidation>`;
    });
  return items.length === 0 ? '' : `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/**
 * A feature adding filters and drop-down lists to each sheet that asks for them.
 *
 * @param sheets - Per sheet, in the order the sheets are written.
 * @returns A write-excel-file feature.
 */
export function sheetExtrasFeature(sheets: readonly SheetExtras[]): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const extras = sheets[sheetIndex];
            if (!extras) {
              return xml;
            }
            let result = xml;
            if (extras.filter && extras.filter.rows > 0) {
              const ref = range(extras.filter.rows, extras.filter.columns);
              result = insertElementMarkupAccordingToOrderOfSiblings(result, `<autoFilter ref="${ref}"/>`, WORKSHEET_ORDER, 'worksheet');
            }
            const validations = validationsXml(extras.lists);
            if (validations) {
              result = insertElementMarkupAccordingToOrderOfSiblings(result, validations, WORKSHEET_ORDER, 'worksheet');
            }
            return result;
          }
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            // Excel itself names every filtered range _xlnm._FilterDatabase; without it some versions drop the filter.
            const names = sheets
              .map((extras, index) => {
                if (!extras.filter || extras.filter.rows === 0) {
                  return '';
                }
                const sheet = `'${extras.name.replace(/'/g, "''")}'`;
                const [from, to] = range(extras.filter.rows, extras.filter.columns).split(':');
                const value = sanitizeTextContent(`${sheet}!${absolute(from)}:${absolute(to)}`);
                return `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${value}</definedName>`;
              })
              .join('');
            if (!names) {
              return xml;
            }
            if (xml.includes('<definedNames>')) {
              return xml.replace('<definedNames>', `<definedNames>${names}`);
            }
            return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${names}</definedNames>`, WORKBOOK_ORDER, 'workbook');
          }
        }
      }
    }
  };
}
