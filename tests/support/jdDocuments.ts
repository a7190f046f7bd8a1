/**
 * Real .docx and .pdf files made from the JD/PS fixtures' text, so the
 * readers are tested on files like those a team would upload: Word headings,
 * Word's own numbered and bulleted lists, and PDFs with wrapped lines.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { linesToBlocks, pastedLines } from '../../src/model/jd';
import type { TextBlock } from '../../src/model/jd';
import type { DocumentFile } from '../../src/documents/read/readDocument';

export const JD_FIXTURES = join(__dirname, '..', 'fixtures', 'jd');

export function fixtureBlocks(file: string): TextBlock[] {
  return linesToBlocks(pastedLines(readFileSync(join(JD_FIXTURES, file), 'utf8')));
}

export function fileOf(name: string, bytes: Uint8Array): DocumentFile {
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function typed(block: TextBlock): string {
  return block.number === undefined ? block.text : `${block.number}${block.number.includes('.') ? '' : '.'} ${block.text}`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECIMAL_LIST = 1;
const BULLET_LIST = 2;

function paragraphXml(block: TextBlock, wordNumbering: boolean): string {
  const run = (text: string): string => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const numbered = (numId: number): string => `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
  if (block.kind === 'heading') {
    return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(typed(block))}</w:p>`;
  }
  if (block.kind === 'item' && block.number === undefined) {
    return `<w:p>${numbered(BULLET_LIST)}${run(block.text)}</w:p>`;
  }
  if (block.kind === 'item' && wordNumbering && block.number !== undefined && /^\d+$/.test(block.number)) {
    return `<w:p>${numbered(DECIMAL_LIST)}${run(block.text)}</w:p>`;
  }
  return `<w:p>${run(typed(block))}</w:p>`;
}

/** A paragraph of Word's numbered list at a level (0 = top), for bodies written by hand. */
export function numberedParagraphXml(text: string, level: number): string {
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${DECIMAL_LIST}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** One category row of a person specification laid out as a table. */
export interface CriteriaRow {
  category: string;
  essential: string[];
  desirable: string[];
  assessed: string;
}

function cellXml(paragraphs: readonly string[]): string {
  const body = paragraphs.length === 0 ? '<w:p/>' : paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>${body}</w:tc>`;
}

/** The body of a PS as NHS trusts often lay it out: a title, then Criteria | Essential | Desirable | How assessed. */
export function criteriaTableXml(title: string, rows: readonly CriteriaRow[]): string {
  const row = (cells: string[][]): string => `<w:tr>${cells.map(cellXml).join('')}</w:tr>`;
  return (
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${escapeXml(title)}</w:t></w:r></w:p>` +
    '<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr>' +
    row([['Criteria'], ['Essential'], ['Desirable'], ['How assessed']]) +
    rows.map((r) => row([[r.category], r.essential, r.desirable, [r.assessed]])).join('') +
    '</w:tbl>'
  );
}

/** A document's running header and footer (Word prints them on every page; a reader skips them). */
export interface RunningText {
  header?: string;
  footer?: string;
}

/**
 * A document laid out as trusts often write them in Word (tests/fixtures/jd/*.json): headings, paragraphs
 * and tables whose cells hold paragraphs; a cell paragraph starting "• " is an item of Word's bullet list.
 */
export interface DocxLayout extends RunningText {
  body: ({ heading: string } | { paragraph: string } | { table: string[][][] })[];
}

function layoutCellXml(paragraphs: readonly string[]): string {
  const body = paragraphs
    .map((text) =>
      text.startsWith('• ')
        ? `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${BULLET_LIST}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text.slice(2))}</w:t></w:r></w:p>`
        : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
    )
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>${body === '' ? '<w:p/>' : body}</w:tc>`;
}

/**
 * A .docx of a layout: headings in Heading 1, tables as Word tables, and the running header and footer.
 *
 * @param layout - The layout.
 * @returns The file's bytes.
 */
export function buildLayoutDocx(layout: DocxLayout): Promise<Uint8Array> {
  const body = layout.body
    .map((part) => {
      if ('heading' in part) {
        return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(part.heading)}</w:t></w:r></w:p>`;
      }
      if ('paragraph' in part) {
        return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(part.paragraph)}</w:t></w:r></w:p>`;
      }
      const rows = part.table.map((row) => `<w:tr>${row.map(layoutCellXml).join('')}</w:tr>`).join('');
      return `<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr>${rows}</w:tbl>`;
    })
    .join('');
  return buildDocx([], false, body, layout);
}

/**
 * A .docx of the blocks: headings in Word's Heading 1 style, bullets as a Word
 * bullet list, and (with `wordNumbering`) whole-number items as a Word
 * numbered list whose numbers exist only in Word's numbering, not the text.
 * `bodyXml` replaces the blocks with a body of one's own (a criteria table).
 */
export async function buildDocx(blocks: readonly TextBlock[], wordNumbering = false, bodyXml?: string, page: RunningText = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style></w:styles>'
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>` +
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
      `<w:num w:numId="${DECIMAL_LIST}"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="${BULLET_LIST}"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>` +
      (bodyXml ?? blocks.map((block) => paragraphXml(block, wordNumbering)).join('')) +
      '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/></w:sectPr>' +
      '</w:body></w:document>'
  );
  const running = (tag: 'hdr' | 'ftr', text: string | undefined): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${tag} ${W}>` +
    (text === undefined ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`) +
    `</w:${tag}>`;
  zip.file('word/header1.xml', running('hdr', page.header));
  zip.file('word/footer1.xml', running('ftr', page.footer));
  return zip.generateAsync({ type: 'uint8array' });
}

const PAGE = { width: 595, height: 842, margin: 56 };
const BODY_SIZE = 11;
const LINE = 14;
const PARAGRAPH_GAP = 7;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) > width && current !== '') {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  lines.push(current);
  return lines;
}

/** A PDF of the blocks as a word processor would print it: wrapped lines, bold headings, typed numbers and bullets. */
export async function buildPdf(blocks: readonly TextBlock[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  for (const block of blocks) {
    const heading = block.kind === 'heading';
    const font = heading ? bold : regular;
    const text = block.kind === 'item' && block.number === undefined ? `• ${block.text}` : typed(block);
    for (const line of wrap(text, font, BODY_SIZE, width)) {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size: BODY_SIZE, font });
      y -= LINE;
    }
    y -= PARAGRAPH_GAP;
  }
  return pdf.save();
}

/** A one-page PDF with only a drawn shape: what a scanned page looks like to a text reader. */
export async function buildScannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 60, y: 400, width: 300, height: 200 });
  return pdf.save();
}

/**
 * A PDF protected with a user password (the standard security handler,
 * revision 2), written by hand because pdf-lib cannot encrypt: opening it
 * without the password must fail as a password-protected file does.
 */
export function buildPasswordProtectedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> >>`
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const id = '0123456789abcdef0123456789abcdef';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
