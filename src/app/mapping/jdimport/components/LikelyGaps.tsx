import * as React from 'react';
import { DefaultButton, Icon, Text, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, MappingEntry } from '../../../../model';
import { markGapPatch } from '../../../../model/jd/markGap';
import { likelyGaps } from '../../../../model/jd/suggest';
import type { SuggestionSet } from '../../../../model/jd/suggest';
import { formatText } from '../../../../wording/format';
import { statusWord } from '../../../../wording/vocabulary';
import type { EditorActions } from '../../editor/contract';
import { SECTION_HEADING_STYLES } from './jdImportPanel.styles';
import { getLikelyGapsClasses } from './likelyGaps.styles';

export interface LikelyGapsProps {
  framework: Framework;
  entries: Record<string, MappingEntry>;
  set: SuggestionSet;
  actions: EditorActions;
}

/** A duty the team already cites a clause for is covered in their view, whatever the ranking found. */
const CITED = new Set<MappingEntry['foundIn']>(['jd', 'ps', 'jdAndPs']);

/**
 * "Not found in your JD or PS": the duties no clause matches, which are the
 * likely gaps the mapping exists to find. Each has one button that marks it
 * Gap with the comment "Not in JD/PS" through the editor's own edit action
 * (autosave, drafts and conflicts as for any edit); nothing is marked unless
 * someone presses it.
 */
export const LikelyGaps = React.memo(function LikelyGaps({ framework, entries, set, actions }: LikelyGapsProps): JSX.Element {
  const classes = getLikelyGapsClasses(useTheme());
  // Entries change with every edit; the list is worked out again only when a citation is added or removed.
  const cited = citedKey(entries);
  const duties = React.useMemo(() => {
    const byId = new Map(framework.areas.flatMap((area) => area.duties.map((duty) => [duty.id, { text: duty.text, area: area.title }] as const)));
    return likelyGaps(set, new Set(cited.split('\n'))).flatMap((dutyId) => {
      const duty = byId.get(dutyId);
      return duty ? [{ dutyId, ...duty }] : [];
    });
  }, [framework, set, cited]);
  const [announcement, setAnnouncement] = React.useState('');
  const buttons = React.useRef(new Map<string, HTMLButtonElement>());
  const heading = React.useRef<HTMLSpanElement>(null);

  const title = (
    <Text as="h3" variant="large" styles={SECTION_HEADING_STYLES}>
      <span ref={heading} tabIndex={-1} id="idm-jd-gaps">
        {strings.MappingJdGapsHeading}
      </span>
    </Text>
  );
  if (duties.length === 0) {
    return (
      <>
        {title}
        <Text block>{strings.MappingJdGapsNone}</Text>
      </>
    );
  }
  const open = duties.filter((duty) => entries[duty.dutyId]?.status !== 'gap');
  const mark = (dutyId: string, text: string): void => {
    const entry = entries[dutyId];
    if (entry === undefined) {
      return;
    }
    const patch = markGapPatch(entry, strings.MappingJdGapComment);
    if (Object.keys(patch).length > 0) {
      actions.editEntry(dutyId, patch);
    }
    setAnnouncement(formatText(strings.MappingJdGapMarked, text));
    // The button goes once the duty is a gap: focus the next duty still open, or the list's heading.
    const next = open.slice(open.findIndex((duty) => duty.dutyId === dutyId) + 1).concat(open).find((duty) => duty.dutyId !== dutyId);
    window.setTimeout(() => ((next && buttons.current.get(next.dutyId)) || heading.current)?.focus(), 0);
  };
  return (
    <>
      {title}
      <Text block>{formatText(strings.MappingJdGapsIntro, duties.length, open.length)}</Text>
      <ul className={classes.list} aria-labelledby="idm-jd-gaps">
        {duties.map((duty) => {
          const entry = entries[duty.dutyId];
          const status = entry ? statusWord(entry.status) : undefined;
          return (
            <li key={duty.dutyId} className={classes.item}>
              <Text block className={classes.duty}>
                {duty.text}
              </Text>
              <Text block className={classes.quiet}>
                {formatText(strings.MappingJdGapArea, duty.area)}
                {status ? ` · ${formatText(strings.MappingJdGapStatusNow, status.label.toLocaleLowerCase("en-GB"))}` : ''}
              </Text>
              {entry?.status === 'gap' ? (
                <Text className={classes.done}>
                  <Icon iconName={status?.iconName} aria-hidden />
                  {strings.MappingJdGapDone}
                </Text>
              ) : (
                <div>
                  <DefaultButton
                    elementRef={(element: HTMLButtonElement | null) => {
                      if (element) {
                        buttons.current.set(duty.dutyId, element);
                      } else {
                        buttons.current.delete(duty.dutyId);
                      }
                    }}
                    disabled={entry === undefined}
                    onClick={() => mark(duty.dutyId, duty.text)}
                    ariaLabel={formatText(strings.MappingJdGapMarkAria, duty.text)}
                  >
                    {strings.MappingJdGapMark}
                  </DefaultButton>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div role="status" aria-live="polite" className={classes.hidden}>
        {announcement}
      </div>
    </>
  );
});

function citedKey(entries: Record<string, MappingEntry>): string {
  return Object.values(entries)
    .filter((entry) => CITED.has(entry.foundIn))
    .map((entry) => entry.dutyId)
    .join('\n');
}
