/** Test data for the data layer's tests. */
import { DEFAULT_FRAMEWORK } from '../../src/model';
import type { DutyStatus, Framework, FoundIn, MappingEntry, MappingHeader } from '../../src/model';
import type { OpenedMapping, EntryChange } from '../../src/services/types';

/**
 * The default framework plus an area of `extra` more duties, so a mapping can
 * have 40 or more entries.
 *
 * @param extra - Number of added duties.
 * @returns A framework (version is ignored when saved).
 */
export function frameworkWithMoreDuties(extra: number): Framework {
  const copy = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;
  copy.areas.push({
    id: 'local-extra',
    title: 'Local duties added by the trust',
    qsiStandards: [{ code: 'XR-999', title: 'Local standard' }],
    duties: Array.from({ length: extra }, (_, i) => ({ id: `local-extra-${i + 1}`, text: `Local duty number ${i + 1}` }))
  });
  return copy;
}

/** A header as a new mapping's form would give it. */
export function newHeader(team: string): Omit<MappingHeader, 'frameworkId' | 'frameworkVersion'> {
  return {
    team,
    completedBy: {
      people: [{ id: 7, login: 'i:0#.f|membership|marcus.mensah@imaging.local', displayName: 'Marcus Mensah', email: 'marcus.mensah@imaging.local' }],
      otherNames: ['Jo Hartley (bank)']
    },
    dateCompleted: '2025-03-31',
    notes: 'Mapped at the March team meeting.'
  };
}

const STATUSES: DutyStatus[] = ['inPlace', 'partlyInPlace', 'gap', 'notApplicable', 'inPlace'];
const FOUND: FoundIn[] = ['jd', 'ps', 'neither', 'jdAndPs', 'jd'];

/**
 * Edits to the first `count` entries of an opened mapping, each different.
 *
 * @param opened - The opened mapping.
 * @param count - How many entries to change.
 * @param tag - Text to put in the comments, to tell saves apart.
 * @returns Changes with their ETags.
 */
export function editEntries(opened: OpenedMapping, count: number, tag = 'edit'): EntryChange[] {
  return opened.mapping.entries.slice(0, count).map((entry, i) => {
    const status = STATUSES[i % STATUSES.length];
    const edited: MappingEntry = { ...entry, status, foundIn: FOUND[i % FOUND.length], reference: `JD ${i + 1}.1`, comments: `${tag} ${i + 1}` };
    if (status === 'gap') {
      edited.action = { what: `Action for duty ${i + 1}`, owner: 'Team lead', dueDate: '2025-12-01' };
    }
    return { entry: edited, etag: opened.entryEtags[entry.dutyId] };
  });
}
