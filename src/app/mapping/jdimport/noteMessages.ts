import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { JdNote, JdSource } from '../../../model/jd/types';
import { formatText } from '../../../wording/format';

function documentName(source: JdSource): string {
  return source === 'jd' ? strings.MappingJdNoteSourceJd : strings.MappingJdNoteSourcePs;
}

/**
 * A note about the documents as read, in plain words: never an error, only
 * what a person should know about the suggestions (or their absence).
 *
 * @param note - What the reading or ranking noticed.
 * @returns The sentence.
 */
export function noteMessage(note: JdNote): string {
  switch (note.kind) {
    case 'noClauses':
      return formatText(strings.MappingJdNoteNoClauses, documentName(note.source));
    case 'notEnglish':
      return formatText(strings.MappingJdNoteNotEnglish, documentName(note.source));
    case 'frameworkWording':
      return formatText(strings.MappingJdNoteFrameworkWording, documentName(note.source), note.duties);
    case 'criteriaOnly':
      return strings.MappingJdNoteCriteriaOnly;
    case 'clausesCapped':
      return formatText(strings.MappingJdNoteCapped, documentName(note.source), note.kept, note.total);
  }
}
