import JSZip from 'jszip';

/**
 * Reads Word and Excel files the way an independent consumer would: unzip with
 * jszip and parse the XML with the DOM parser. Nothing here comes from the
 * libraries that wrote the files, so a test cannot pass by sharing their bugs.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * The bytes of a Blob (jsdom's Blob has no arrayBuffer(), so FileReader).
 *
 * @param blob - A Blob.
 * @returns Its bytes.
 */
export function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** Parses one part of the package; throws when it is not well-formed XML. */
export async function readXml(zip: JSZip, path: string): Promise<Document> {
  const file = zip.file(path);
  if (!file) {
    throw new Error(`${path} is missing from the package.`);
  }
  const text = await file.async('string');
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    throw new Error(`${path} is not well-formed XML: ${error.textContent ?? ''}`);
  }
  return doc;
}

/** Every part of the package that is XML, parsed (each must be well-formed). */
export async function parseEveryPart(zip: JSZip): Promise<string[]> {
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  for (const part of parts) {
    await readXml(zip, part);
  }
  return parts;
}

function paragraphText(p: Element): string {
  let text = '';
  const walk = (node: Element): void => {
    for (const child of Array.from(node.children)) {
      if (child.namespaceURI === W && child.localName === 't') {
        text += child.textContent ?? '';
      } else if (child.namespaceURI === W && child.localName === 'br') {
        text += '\n';
      } else if (child.namespaceURI === W && child.localName === 'tab') {
        text += '\t';
      } else {
        walk(child);
      }
    }
  };
  walk(p);
  return text;
}

export interface WordParagraph {
  text: string;
  /** Paragraph style id, e.g. "Title", "Heading1". */
  style?: string;
  /** Bullet level of a list paragraph. */
  listLevel?: number;
  inTable: boolean;
}

export interface WordRow {
  /** Repeats at the top of each page. */
  header: boolean;
  cantSplit: boolean;
  cells: string[];
}

export interface WordDocument {
  paragraphs: WordParagraph[];
  tables: WordRow[][];
  body: Element;
  footers: string[];
  core: Document;
  styles: Document;
  settings: Document;
}

function first(parent: Element, localName: string): Element | undefined {
  return Array.from(parent.children).find((child) => child.localName === localName);
}

/** Reads a .docx: paragraphs (with style and list level), tables, footers, properties. */
export async function readWord(bytes: Uint8Array): Promise<WordDocument> {
  const zip = await openZip(bytes);
  await parseEveryPart(zip);
  const doc = await readXml(zip, 'word/document.xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  const paragraphs = Array.from(doc.getElementsByTagNameNS(W, 'p')).map((p) => {
    const pPr = first(p, 'pPr');
    const style = pPr && first(pPr, 'pStyle')?.getAttributeNS(W, 'val');
    const ilvl = pPr && first(pPr, 'numPr') && first(first(pPr, 'numPr') as Element, 'ilvl')?.getAttributeNS(W, 'val');
    let inTable = false;
    for (let node = p.parentElement; node; node = node.parentElement) {
      inTable = inTable || node.localName === 'tbl';
    }
    return { text: paragraphText(p), style: style ?? undefined, listLevel: ilvl ? Number(ilvl) : undefined, inTable };
  });
  const tables = Array.from(body.getElementsByTagNameNS(W, 'tbl')).map((tbl) =>
    Array.from(tbl.children)
      .filter((child) => child.localName === 'tr')
      .map((tr) => {
        const trPr = first(tr, 'trPr');
        return {
          header: !!(trPr && first(trPr, 'tblHeader')),
          cantSplit: !!(trPr && first(trPr, 'cantSplit')),
          cells: Array.from(tr.children)
            .filter((child) => child.localName === 'tc')
            .map((tc) => Array.from(tc.getElementsByTagNameNS(W, 'p')).map(paragraphText).join('\n'))
        };
      })
  );
  const footers: string[] = [];
  for (const name of Object.keys(zip.files).filter((path) => /^word\/footer\d*\.xml$/.test(path))) {
    const footer = await readXml(zip, name);
    footers.push(Array.from(footer.getElementsByTagNameNS(W, 'p')).map(paragraphText).join('\n'));
  }
  return {
    paragraphs,
    tables,
    body,
    footers,
    core: await readXml(zip, 'docProps/core.xml'),
    styles: await readXml(zip, 'word/styles.xml'),
    settings: await readXml(zip, 'word/settings.xml')
  };
}

export interface ExcelSheet {
  name: string;
  /** Cell text by row, in column order; numbers as their stored text. */
  rows: string[][];
  xml: Document;
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return Array.from(letters).reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** Reads an .xlsx: sheet names and every cell as text (shared and inline strings resolved). */
export async function readExcel(bytes: Uint8Array): Promise<{ sheets: ExcelSheet[]; workbook: Document }> {
  const zip = await openZip(bytes);
  await parseEveryPart(zip);
  const workbook = await readXml(zip, 'xl/workbook.xml');
  const rels = await readXml(zip, 'xl/_rels/workbook.xml.rels');
  const shared = zip.file('xl/sharedStrings.xml')
    ? Array.from((await readXml(zip, 'xl/sharedStrings.xml')).getElementsByTagNameNS(S, 'si')).map((si) =>
        Array.from(si.getElementsByTagNameNS(S, 't'))
          .map((t) => t.textContent ?? '')
          .join('')
      )
    : [];
  const sheets: ExcelSheet[] = [];
  for (const sheet of Array.from(workbook.getElementsByTagNameNS(S, 'sheet'))) {
    const relId = sheet.getAttribute('r:id') ?? sheet.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
    const target = Array.from(rels.getElementsByTagName('Relationship')).find((rel) => rel.getAttribute('Id') === relId)?.getAttribute('Target') ?? '';
    const xml = await readXml(zip, `xl/${target.replace(/^\/?xl\//, '')}`);
    const rows = Array.from(xml.getElementsByTagNameNS(S, 'row')).map((row) => {
      const values: string[] = [];
      for (const c of Array.from(row.getElementsByTagNameNS(S, 'c'))) {
        const type = c.getAttribute('t');
        const v = c.getElementsByTagNameNS(S, 'v')[0]?.textContent ?? '';
        const inline = Array.from(c.getElementsByTagNameNS(S, 't'))
          .map((t) => t.textContent ?? '')
          .join('');
        values[columnIndex(c.getAttribute('r') ?? 'A')] = type === 's' ? shared[Number(v)] : type === 'inlineStr' ? inline : v;
      }
      return Array.from(values, (value) => value ?? '');
    });
    sheets.push({ name: sheet.getAttribute('name') ?? '', rows, xml });
  }
  return { sheets, workbook };
}
