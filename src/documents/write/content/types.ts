import type { AreaComments, Framework, MappingEntry, MappingHeader } from '../../../model';
import type { EntryHistory } from '../../../services/types';

/**
 * What an export needs: the mapping as the screen shows it (or as stored),
 * its framework version, and who is exporting when. Callers without UI (the
 * sign-off record) pass an opened mapping's parts.
 */
export interface MappingExportInput {
  framework: Framework;
  header: MappingHeader;
  areaComments: AreaComments;
  /** Entries in any order; duties without one count as not yet reviewed. */
  entries: readonly MappingEntry[];
  /** Display name of the person exporting. */
  exportedBy: string;
  exportedAt: Date;
  /** Per duty id; columns stay blank where it is missing. */
  entryHistory?: Readonly<Record<string, EntryHistory>>;
}

/** One line of a duty cell: the duty, then its nested sub-items. */
export interface DutyLine {
  text: string;
  /** 1 for the duty itself, 2 and 3 for sub-items. */
  depth: number;
}

/** One mapped (top-level) duty with everything the team recorded for it. */
export interface DutyRowContent {
  dutyId: string;
  lines: DutyLine[];
  foundIn: string;
  reference: string;
  comments: string;
  status: string;
  needsAction: boolean;
  actionWhat: string;
  actionOwner: string;
  /** dd/mm/yyyy, or blank. */
  actionDue: string;
  /** ISO date of the action's due date, for spreadsheets. */
  actionDueIso?: string;
  modified?: Date;
  modifiedBy: string;
}

export interface AreaContent {
  id: string;
  /** 1-based position in the framework. */
  number: number;
  title: string;
  /** e.g. "XR-204 Service Competencies & Training Plan". */
  qsiStandards: string[];
  qsiCodes: string[];
  comments: string;
  rows: DutyRowContent[];
  /** Duties per status label, in the statuses' order. */
  counts: { status: string; count: number }[];
}

/** A mapping laid out as the SoR form, every text cleaned for Office files. */
export interface MappingContent {
  team: string;
  frameworkTitle: string;
  /** How people tell frameworks apart: role and band when it has them (one framework per role), else its title. */
  frameworkName: string;
  /** The support-worker role and its band, when the framework names them. */
  frameworkRole?: string;
  frameworkBand?: string;
  frameworkVersion: number;
  guidanceTitle: string;
  guidanceUrl?: string;
  introduction: string[];
  completedBy: string;
  /** dd/mm/yyyy, or the "not completed yet" wording. */
  dateCompleted: string;
  notes: string;
  areas: AreaContent[];
  provenance: { date: string; text: string }[];
  /** Gaps and partly in place, in framework order. */
  actions: { area: string; row: DutyRowContent }[];
  exportedBy: string;
  /** dd/mm/yyyy hh:mm. */
  exportedAt: string;
  /** yyyy-mm-dd, for file names. */
  exportedOn: string;
  statusLabels: string[];
}
