import * as React from 'react';
import type { Duty, MappingEntry } from '../../../../model';
import { truncate } from '../../../../wording/format';
import type { EditorActions } from '../../editor/contract';
import { useEntryErrors } from './useEntryErrors';

/** One duty's answers and how to change them, as the card and the table row both wire them. */
export interface DutyAnswers {
  entry: MappingEntry;
  /** The duty's text, shortened: the controls' names are "<field>: <duty>". */
  label: string;
  /** Validation messages by field ("reference", "action.what", ...). */
  errors: Record<string, string>;
  /** Changes some of the duty's answers. */
  edit: (patch: Partial<Omit<MappingEntry, 'dutyId'>>) => void;
  /** Saves now, when a text field loses focus. */
  blur: () => void;
}

/**
 * One duty's answers, their problems and the edits to them, for a card or a table row. The
 * same object while the entry and the editor's actions stay the same.
 *
 * @param duty - The duty.
 * @param entry - Its answers as edited.
 * @param actions - The editor's actions.
 * @returns The answers with their label, errors, edit and save-on-blur.
 */
export function useDutyAnswers(duty: Duty, entry: MappingEntry, actions: EditorActions): DutyAnswers {
  const errors = useEntryErrors(entry);
  const dutyId = duty.id;
  const label = React.useMemo(() => truncate(duty.text), [duty.text]);
  return React.useMemo(
    (): DutyAnswers => ({
      entry,
      label,
      errors,
      edit: (patch) => actions.editEntry(dutyId, patch),
      blur: () => void actions.saveNow()
    }),
    [entry, label, errors, actions, dutyId]
  );
}
