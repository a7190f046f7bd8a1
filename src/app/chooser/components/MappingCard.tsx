import * as React from 'react';
import { Link, Text, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { FrameworkSummary } from '../../../services/frameworks';
import type { MappingSummary } from '../../../services/types';
import { mappingFrameworkLabel } from '../../../wording/frameworkName';
import { useDensity, useHost } from '../../shell/host/HostContext';
import { cardStyle } from '../../common/cardStyles';
import { formatDate, formatText } from '../../../wording/format';
import { CopyLink } from '../../common/components/CopyLink';
import { StatusCounts } from '../../common/components/StatusCounts';
import { completedByText } from '../mappingList';

export interface MappingCardProps {
  mapping: MappingSummary;
  onOpen: (mappingId: number) => void;
  /** The site's frameworks, to name the one the mapping uses. */
  frameworks?: readonly FrameworkSummary[];
  /** The department site it is on, when the list gathers several (its link then opens it in the app only). */
  site?: string;
}

/** One mapping in the chooser: team (opens it), date, people, status counts, coverage, link. */
export function MappingCard({ mapping, onOpen, frameworks, site }: MappingCardProps): JSX.Element {
  const theme = useTheme();
  const { locale } = useHost();
  const density = useDensity();
  const classes = mergeStyleSets({
    card: [cardStyle(theme, density.padding), { display: 'grid', gap: density.fieldGap }],
    // Label and value flow as one line that wraps, so nothing overflows at 320 px.
    term: { display: 'inline', fontWeight: 600 },
    value: { display: 'inline', margin: 0 }
  });
  const people = completedByText(mapping);
  return (
    <article className={classes.card} aria-labelledby={`mapping-${mapping.id}-title`}>
      <Text block as="h3" variant="large" id={`mapping-${mapping.id}-title`} styles={{ root: { margin: 0 } }}>
        <Link onClick={() => onOpen(mapping.id)} aria-label={formatText(strings.ChooserOpenMappingLabel, mapping.team)}>
          {mapping.team}
        </Link>
      </Text>
      <dl style={{ margin: 0, display: 'grid', gap: 2 }}>
        {site !== undefined && (
          <div>
            <dt className={classes.term}>{strings.CommonShellSitesColumn}:</dt> <dd className={classes.value}>{site}</dd>
          </div>
        )}
        <div>
          <dt className={classes.term}>{strings.CommonDateCompletedLabel}:</dt>{' '}
          <dd className={classes.value}>{mapping.dateCompleted ? formatDate(mapping.dateCompleted, locale) : strings.CommonNotCompletedYet}</dd>
        </div>
        <div>
          <dt className={classes.term}>{strings.CommonCompletedByLabel}:</dt> <dd className={classes.value}>{people}</dd>
        </div>
        <div>
          <dt className={classes.term}>{strings.CommonExportSummaryFramework}:</dt>{' '}
          <dd className={classes.value}>{mappingFrameworkLabel(frameworks, mapping.frameworkId, mapping.frameworkVersion)}</dd>
        </div>
      </dl>
      <StatusCounts
        counts={mapping.counts}
        coverage={mapping.coverage}
        label={formatText(strings.CommonCountsForLabel, mapping.team)}
      />
      {site === undefined && (
        <div>
          <CopyLink target={{ mappingId: mapping.id }} ariaLabel={formatText(strings.CommonCopyMappingLinkLabel, mapping.team)} />
        </div>
      )}
    </article>
  );
}
