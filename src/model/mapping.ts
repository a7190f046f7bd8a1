import type { DutyStatus, FoundIn } from './status';

/** Someone in the directory (a SharePoint site user). */
export interface DirectoryPerson {
  /** SharePoint user id on the site, when known. */
  id?: number;
  /** Claims login, e.g. "i:0#.f|membership|jo.bloggs@nhs.net". */
  login: string;
  displayName: string;
  email?: string;
}

export interface CompletedBy {
  people: DirectoryPerson[];
  /** People outside the directory (bank staff, students, visiting leads). */
  otherNames: string[];
}

export interface MappingHeader {
  team: string;
  completedBy: CompletedBy;
  /** ISO date (yyyy-mm-dd), or undefined until completed. */
  dateCompleted?: string;
  notes: string;
  frameworkId: string;
  frameworkVersion: number;
}

/** What the team will do about a gap. */
export interface GapAction {
  what: string;
  /** Free text: someone outside the directory (bank staff, a visiting lead), or a role. */
  owner: string;
  /** The owner as a person in the directory (the same picker as "Completed by"); matched by login across sites. */
  ownerPerson?: DirectoryPerson;
  /** ISO date (yyyy-mm-dd). */
  dueDate?: string;
}

/**
 * An action's owner as people read it: the person, with any free text beside it (a role, or who
 * else), or the free text alone. Nothing is dropped: an owner held both ways shows both.
 *
 * @param action - The action (or anything with its two owner fields).
 * @returns The owner's name, '' when nobody owns it.
 */
export function ownerText(action: Pick<GapAction, 'owner' | 'ownerPerson'>): string {
  const person = action.ownerPerson?.displayName ?? '';
  if (person === '') {
    return action.owner;
  }
  const same = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return action.owner.trim() === '' || same(action.owner) === same(person) ? person : `${person} (${action.owner})`;
}

export interface MappingEntry {
  dutyId: string;
  foundIn: FoundIn;
  /** Clause or section of the JD/PS. */
  reference: string;
  comments: string;
  status: DutyStatus;
  /** Only meaningful when status is gap or partlyInPlace. */
  action?: GapAction;
}

/** Per-area comments, keyed by area id. */
export type AreaComments = Record<string, string>;

export interface Mapping {
  id: number;
  header: MappingHeader;
  areaComments: AreaComments;
  /** One per top-level duty of the framework; duties without an entry are "not yet reviewed". */
  entries: MappingEntry[];
  modified?: string;
}

/**
 * Everyone who completed a mapping, as one list of names.
 *
 * @param completedBy - Directory people and other names.
 * @returns Display names, directory people first.
 */
export function completedByNames(completedBy: CompletedBy): string[] {
  return [...completedBy.people.map((person) => person.displayName), ...completedBy.otherNames];
}
