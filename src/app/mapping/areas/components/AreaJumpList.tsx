import * as React from 'react';
import { DefaultButton, Link, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { areaRollup } from '../../../../model';
import type { Framework, MappingEntry } from '../../../../model';
import { formatText, truncate } from '../../../../wording/format';
import type { DutyFilterResult } from '../../filters/filterDuties';
import { progressOf, progressText } from '../areaProgress';
import { dutyIdOf, focusArea, focusDutyStatus } from '../focusDuty';
import { nextNotReviewed, shownDutyIds } from '../nextNotReviewed';
import { findDuty } from '../../../../model';

export interface AreaJumpListProps {
  framework: Framework;
  entries: Record<string, MappingEntry>;
  /** The duties on screen, so "Next" never aims at a duty the filters hide. */
  filtered: DutyFilterResult;
}

const classes = mergeStyleSets({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 16px', minWidth: 0 },
  // One line that scrolls sideways inside the sticky bar: 40 areas (or a phone's width) must not fill the screen with links.
  nav: { minWidth: 0, maxWidth: '100%', flex: '1 1 20rem', overflowX: 'auto' },
  list: { display: 'flex', flexWrap: 'nowrap', gap: '4px 16px', listStyle: 'none', margin: 0, padding: '0 0 4px' },
  item: { flex: '0 0 auto', maxWidth: '14rem', minWidth: 0 },
  link: { maxWidth: '100%', textAlign: 'left' },
  title: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  progress: { display: 'block', fontSize: 12 },
  said: { margin: 0, selectors: { ':empty': { display: 'none' } } }
});

/** The last duty focus was in, in either view, so "Next" continues from where the team is. */
function useLastDuty(): React.MutableRefObject<string | undefined> {
  const last = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    const remember = (event: FocusEvent): void => {
      const dutyId = dutyIdOf(event.target instanceof Element ? event.target : null);
      if (dutyId) {
        last.current = dutyId;
      }
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  return last;
}

interface AreaLinksProps {
  framework: Framework;
  /** Each area's progress in words, in the framework's order. */
  progress: readonly string[];
  filtered: DutyFilterResult;
  /** The newest entries, read when "Next" is chosen. */
  getEntries: () => Record<string, MappingEntry>;
}

/**
 * A jump list of the areas with each one's progress (reviewed of total, gaps),
 * and "Next not yet reviewed", which takes focus to the next duty to discuss.
 * It sits in the editor's sticky bar, so it stays in reach while scrolling.
 * Each link is named by what it shows (the area, then its progress), so a
 * speech-input user can say the words they see (WCAG 2.5.3).
 */
const AreaLinks = React.memo(function AreaLinks({ framework, progress, filtered, getEntries }: AreaLinksProps): JSX.Element {
  const last = useLastDuty();
  const [said, setSaid] = React.useState('');
  const next = (): void => {
    const entries = getEntries();
    const dutyId = nextNotReviewed(shownDutyIds(framework, filtered), entries, last.current);
    const found = dutyId ? findDuty(framework, dutyId) : undefined;
    if (!dutyId || !found) {
      setSaid(strings.MappingAllShownReviewed);
      return;
    }
    setSaid('');
    last.current = dutyId;
    focusDutyStatus(dutyId, formatText(strings.MappingStatusAria, truncate(found.duty.text)));
  };

  return (
    <div className={classes.bar}>
      <nav aria-label={strings.MappingAreaJumpLabel} className={classes.nav}>
        <ul className={classes.list}>
          {framework.areas.map((area, index) => {
            const shown = (filtered.byArea[area.id] ?? []).length > 0;
            return (
              <li key={area.id} className={classes.item}>
                <Link className={classes.link} onClick={() => focusArea(area.id)} disabled={!shown} title={area.title}>
                  <span className={classes.title}>{area.title}</span>
                  <span className={classes.progress}>{progress[index]}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <DefaultButton iconProps={{ iconName: 'Forward' }} onClick={next}>
        {strings.MappingNextNotReviewed}
      </DefaultButton>
      <p role="status" className={classes.said}>
        {said}
      </p>
    </div>
  );
});

/**
 * The area bar. A keystroke gives new entries but (unless a status changed) the
 * same progress words, so the links, memoised on those words, skip re-rendering;
 * "Next" reads the newest entries when chosen.
 */
export function AreaJumpList({ framework, entries, filtered }: AreaJumpListProps): JSX.Element {
  const all = Object.values(entries);
  const words = framework.areas.map((area) => progressText(progressOf(areaRollup(area, all)))).join('\n');
  const progress = React.useMemo(() => words.split('\n'), [words]);
  const latest = React.useRef(entries);
  React.useLayoutEffect(() => {
    latest.current = entries;
  });
  const getEntries = React.useCallback(() => latest.current, []);
  return <AreaLinks framework={framework} progress={progress} filtered={filtered} getEntries={getEntries} />;
}
