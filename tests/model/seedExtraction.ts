import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * Reads the Word template's text extraction (tests/fixtures/local-mapping-tool.txt)
 * independently of src/model, so the default framework can be checked against it.
 *
 * The extraction is lossy, so items are found with these rules, all drawn from
 * the seed itself:
 * - `<ul ...>` tags, "•" and "○" always start an item.
 * - An en dash starts an item only inside a dash-bulleted list (one whose
 *   first item starts with a dash). Even there, a dash followed by "refer",
 *   "report" or "respond" joins an instruction to the item, as the guidance
 *   writes "where patient is leaving the department to their home – refer to
 *   ...". In plain lists (no bullets) dashes are always part of the wording.
 * - Plain lists have no separators at all. Every top-level duty in the
 *   guidance opens with a capitalised "-ing" verb ("Managing", "Working", ...),
 *   so such a word starts an item, whether glued to the word before
 *   ("environmentWorking") or after a space; except after a full stop that
 *   ends a word, where it opens another sentence of the same item
 *   ("pre-procedure. Making results available ..."). A full stop after a
 *   closing bracket ends the item ("... regulations). Cleaning and moving ...").
 * - The table is split across pages: a row whose first column is empty, or
 *   holds only the "b)" QSI column, continues the area above it.
 */

export interface SeedArea {
  title: string;
  qsi: { code: string; title: string }[];
  /** Every item of the area's lists, nested ones included, in reading order. */
  duties: string[];
}

export interface Seed {
  heading: string;
  title: string;
  guidanceTitle: string;
  introduction: string[];
  /** e.g. "June 2024: developed for local mapping use from ...", with link markup removed. */
  provenance: string[];
  areas: SeedArea[];
}

export const SEED_PATH = join(__dirname, '..', 'fixtures', 'local-mapping-tool.txt');

/** Collapses runs of whitespace and trims, so extraction spacing never matters. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

const CLAUSE_DASH = /^– (refer|report|respond)\b/;
const GERUND_START = /(?<=[a-z])(?=[A-Z][a-z]+ing\b)|(?<= )(?=[A-Z][a-z]+ing\b)/g;

function splitPlainRun(run: string): string[] {
  const pieces = run.split(GERUND_START);
  const items: string[] = [];
  for (const piece of pieces) {
    const previous = items[items.length - 1];
    if (previous !== undefined && /[A-Za-z0-9]\.\s*$/.test(previous)) {
      items[items.length - 1] = previous + piece;
    } else {
      items.push(piece);
    }
  }
  return items;
}

function splitDashList(list: string): string[] {
  const parts = list.split(/(?=– )/);
  const items: string[] = [];
  for (const part of parts) {
    if (items.length > 0 && CLAUSE_DASH.test(part)) {
      items[items.length - 1] += part;
    } else {
      items.push(part);
    }
  }
  return items.map((item) => item.replace(/^– /, ''));
}

/** Splits one area's list markup into its items, without bullets or markup. */
export function splitListItems(markup: string): string[] {
  const items: string[] = [];
  for (const list of markup.split(/<ul[^>]*>/)) {
    for (const chunk of list.split(/[•○]/)) {
      const text = normalise(chunk);
      if (text === '') {
        continue;
      }
      const runs = text.startsWith('– ') ? splitDashList(text) : [text];
      for (const run of runs) {
        items.push(...splitPlainRun(run));
      }
    }
  }
  return items.map(normalise).filter((item) => item !== '');
}

function parseQsi(text: string): { code: string; title: string }[] {
  const cleaned = text.replace(/\bA\)(?=XR-)/g, '');
  const matches = [...cleaned.matchAll(/(XR-\d+)\s+(.*?)(?=\s*XR-\d+|$)/g)];
  return matches.map((m) => ({ code: m[1], title: normalise(m[2]).replace(/\.$/, '') }));
}

/**
 * Reads the seed.
 *
 * @returns Its heading, titles, introduction, provenance notes and areas.
 */
export function readSeed(): Seed {
  const lines = readFileSync(SEED_PATH, 'utf8').split(/\r?\n/);
  const nonEmpty = lines.map(normalise).filter((line) => line !== '');

  const heading = nonEmpty[0];
  const title = nonEmpty[1];
  const against = nonEmpty[2];
  const guidanceTitle = /^Against \[([^\]]+)\]/.exec(against)?.[1] ?? '';
  const teamIndex = nonEmpty.findIndex((line) => line.startsWith('Team'));
  const introduction = nonEmpty.slice(3, teamIndex);

  const provenance = [...new Set(nonEmpty.filter((line) => /^(June 2024|March 2025):/.test(line)).map(stripLinks))];

  const areas: (SeedArea & { markup: string })[] = [];
  for (const line of lines) {
    const cells = line.split('\t');
    if (cells.length < 2 || !cells[1].includes('<ul')) {
      continue;
    }
    const first = normalise(cells[0]);
    if (first.startsWith('a)')) {
      const [areaText, qsiText = ''] = first.slice(2).split(/\bb\)/);
      areas.push({ title: normalise(areaText), qsi: parseQsi(qsiText), duties: [], markup: '' });
    } else if (first.startsWith('b)')) {
      areas[areas.length - 1].qsi.push(...parseQsi(first.slice(2)));
    }
    areas[areas.length - 1].markup += ` ${cells[1]}`;
  }

  return {
    heading,
    title,
    guidanceTitle,
    introduction,
    provenance,
    areas: areas.map(({ markup, ...area }) => ({ ...area, duties: splitListItems(markup) }))
  };
}
