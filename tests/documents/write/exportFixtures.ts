import { DEFAULT_FRAMEWORK, DUTY_STATUSES, FOUND_IN_OPTIONS, topLevelDutyIds } from '../../../src/model';
import type { MappingEntry } from '../../../src/model';
import type { MappingExportInput } from '../../../src/documents/write/content/types';
import type { EntryHistory } from '../../../src/services/types';

/** Text people paste from other systems: markup, quotes, emoji and characters XML forbids. */
export const NASTY = `<script>alert("x")</script> & 'quotes' “curly” 🩻😀 \u0001\u0008\u000B\u001F\uFFFE\uD800 end`;
/** What survives: the same text without the characters an Office file cannot hold. */
export const NASTY_CLEAN = `<script>alert("x")</script> & 'quotes' “curly” 🩻😀  end`;

/**
 * A mapping of the default framework with every status used, references,
 * comments, actions on gaps and history, as a team would leave it.
 *
 * @returns Export input.
 */
export function sampleInput(): MappingExportInput {
  const entries: MappingEntry[] = topLevelDutyIds(DEFAULT_FRAMEWORK).map((dutyId, index) => {
    const status = DUTY_STATUSES[index % DUTY_STATUSES.length].key;
    const entry: MappingEntry = {
      dutyId,
      foundIn: FOUND_IN_OPTIONS[index % FOUND_IN_OPTIONS.length].key,
      reference: `Clause ${index + 1}.2`,
      comments: `Comment for duty ${index + 1}\nsecond line`,
      status
    };
    if (status === 'gap' || status === 'partlyInPlace') {
      entry.action = { what: `Action ${index + 1}`, owner: `Owner ${index + 1}`, dueDate: '2026-03-31' };
    }
    return entry;
  });
  const entryHistory: Record<string, EntryHistory> = {};
  for (const entry of entries) {
    entryHistory[entry.dutyId] = { modified: '2026-11-02T10:15:00Z', modifiedBy: 'Jo Bloggs' };
  }
  return {
    framework: DEFAULT_FRAMEWORK,
    header: {
      team: 'CT & MRI',
      completedBy: { people: [{ login: 'i:0#.f|membership|jo@nhs.net', displayName: 'Jo Bloggs' }], otherNames: ['Sam Student'] },
      dateCompleted: '2026-10-30',
      notes: 'Reviewed at the October team meeting.',
      frameworkId: DEFAULT_FRAMEWORK.id,
      frameworkVersion: DEFAULT_FRAMEWORK.version
    },
    areaComments: { [DEFAULT_FRAMEWORK.areas[0].id]: 'Area one is strong.' },
    entries,
    exportedBy: 'Alex Lead',
    exportedAt: new Date(2026, 10, 30, 14, 5),
    entryHistory
  };
}

/**
 * The sample with hostile text everywhere people can type, and one comment of 63,999 characters.
 *
 * @returns Export input.
 */
export function hostileInput(): MappingExportInput {
  const input = sampleInput();
  const long = `${'Long comment 🩻 '.repeat(4000)}`.slice(0, 63999);
  return {
    ...input,
    header: {
      ...input.header,
      team: `CON: <b>"Team"</b>/\\|?* ${NASTY}...  `,
      notes: NASTY,
      completedBy: { people: [{ login: 'x', displayName: NASTY }], otherNames: [NASTY] }
    },
    areaComments: { [DEFAULT_FRAMEWORK.areas[0].id]: NASTY },
    entries: input.entries.map((entry, index) => ({
      ...entry,
      reference: NASTY,
      comments: index === 0 ? long : NASTY,
      status: 'gap',
      action: { what: NASTY, owner: NASTY, dueDate: 'not a date' }
    })),
    exportedBy: NASTY,
    entryHistory: { [input.entries[0].dutyId]: { modified: 'garbage', modifiedBy: NASTY } }
  };
}
