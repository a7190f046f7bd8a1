import * as strings from 'ImagingDutyMappingWebPartStrings';
import { emptyEntry, needsAction, ownerText } from '../../../model';
import type { Area, Duty, MappingEntry } from '../../../model';
import { formatDate, formatText, formatTime, fromIsoDate, toIsoDate } from '../../../wording/format';
import { foundInWord, statusWord, statusWords } from '../../../wording/vocabulary';
import { frameworkName } from '../../../wording/frameworkName';
import { cleanText } from './cleanText';
import type { AreaContent, DutyLine, DutyRowContent, MappingContent, MappingExportInput } from './types';

function dutyLines(duty: Duty, depth: number, into: DutyLine[]): DutyLine[] {
  into.push({ text: cleanText(duty.text), depth });
  for (const child of duty.children ?? []) {
    dutyLines(child, depth + 1, into);
  }
  return into;
}

function rowContent(duty: Duty, entry: MappingEntry, input: MappingExportInput): DutyRowContent {
  const history = input.entryHistory?.[duty.id];
  const modified = history?.modified ? new Date(history.modified) : undefined;
  const actionDueIso = entry.action?.dueDate && fromIsoDate(entry.action.dueDate) ? entry.action.dueDate : undefined;
  return {
    dutyId: duty.id,
    lines: dutyLines(duty, 1, []),
    foundIn: foundInWord(entry.foundIn).label,
    reference: cleanText(entry.reference),
    comments: cleanText(entry.comments),
    status: statusWord(entry.status).label,
    needsAction: needsAction(entry.status),
    actionWhat: cleanText(entry.action?.what),
    actionOwner: cleanText(entry.action ? ownerText(entry.action) : undefined),
    actionDue: formatDate(actionDueIso),
    actionDueIso,
    modified: modified && !isNaN(modified.getTime()) ? modified : undefined,
    modifiedBy: cleanText(history?.modifiedBy)
  };
}

function areaContent(area: Area, index: number, entries: Map<string, MappingEntry>, input: MappingExportInput): AreaContent {
  const rows = area.duties.map((duty) => rowContent(duty, entries.get(duty.id) ?? emptyEntry(duty.id), input));
  return {
    id: area.id,
    number: index + 1,
    title: cleanText(area.title),
    qsiStandards: area.qsiStandards.map((qsi) => cleanText(`${qsi.code} ${qsi.title}`)),
    qsiCodes: area.qsiStandards.map((qsi) => cleanText(qsi.code)),
    comments: cleanText(input.areaComments[area.id]),
    rows,
    counts: statusWords().map((status) => ({ status: status.label, count: rows.filter((row) => row.status === status.label).length }))
  };
}

/**
 * The "found in" answer and the JD/PS reference as one cell, as the form's
 * "Map to either JD/PS" column reads: "JD – 3.2".
 *
 * @param row - A duty row.
 * @returns The cell text.
 */
export function mapCellText(row: Pick<DutyRowContent, 'foundIn' | 'reference'>): string {
  return row.reference ? formatText(strings.CommonExportFoundInWithReference, row.foundIn, row.reference) : row.foundIn;
}

/**
 * Lays a mapping out as the SoR form: header, areas with their duties, the
 * provenance notes and an action plan. Pure: the same input gives the same content.
 *
 * @param input - The mapping, its framework, and who exports it when.
 * @returns Cleaned, labelled content both file writers use.
 */
export function mappingContent(input: MappingExportInput): MappingContent {
  const entries = new Map(input.entries.map((entry) => [entry.dutyId, entry]));
  const areas = input.framework.areas.map((area, index) => areaContent(area, index, entries, input));
  const completedBy = [...input.header.completedBy.people.map((person) => person.displayName), ...input.header.completedBy.otherNames]
    .map(cleanText)
    .filter((name) => name.trim() !== '');
  const content: MappingContent = {
    team: cleanText(input.header.team),
    frameworkTitle: cleanText(input.framework.title),
    frameworkName: cleanText(frameworkName(input.framework)),
    frameworkVersion: input.framework.version,
    guidanceTitle: cleanText(input.framework.guidance.title),
    guidanceUrl: input.framework.guidance.url,
    introduction: input.framework.introduction.map(cleanText),
    completedBy: completedBy.join(', '),
    dateCompleted: formatDate(input.header.dateCompleted) || strings.CommonNotCompletedYet,
    notes: cleanText(input.header.notes),
    areas,
    provenance: input.framework.provenance.map((note) => ({ date: cleanText(note.date), text: cleanText(note.text) })),
    actions: areas.flatMap((area) => area.rows.filter((row) => row.needsAction).map((row) => ({ area: area.title, row }))),
    exportedBy: cleanText(input.exportedBy),
    exportedAt: `${formatDate(input.exportedAt)} ${formatTime(input.exportedAt)}`,
    exportedOn: toIsoDate(input.exportedAt),
    statusLabels: statusWords().map((status) => status.label)
  };
  if (input.framework.role) {
    content.frameworkRole = cleanText(input.framework.role);
  }
  if (input.framework.band) {
    content.frameworkBand = cleanText(input.framework.band);
  }
  return content;
}
