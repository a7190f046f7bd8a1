import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { FrameworkSummary } from '../../../services/frameworks';
import type { MappingSummary } from '../../../services/types';
import { formatText } from '../../../wording/format';
import { useDensity } from '../../shell/host/HostContext';
import { MappingCard } from './MappingCard';

export interface MappingCardListProps {
  /** The mappings shown (after search or the site filter). */
  shown: readonly MappingSummary[];
  /** How many there are before searching or filtering, for "Showing x of y". */
  total: number;
  /** Said instead of the list when nothing is shown. */
  noneShown: string;
  onOpen: (mappingId: number) => void;
  /** The site's frameworks, to name the one each mapping uses. */
  frameworks?: readonly FrameworkSummary[];
  /** The department site a mapping is on, when the list gathers several. */
  siteOf?: (mappingId: number) => string | undefined;
}

/** How many mappings are shown (announced as they change), then one card each, or why there are none. */
export function MappingCardList({ shown, total, noneShown, onOpen, frameworks, siteOf }: MappingCardListProps): JSX.Element {
  const density = useDensity();
  return (
    <>
      <Text block as="p" role="status">
        {formatText(strings.ChooserShowingMappings, shown.length, total)}
      </Text>
      {shown.length === 0 ? (
        <Text block as="p">{noneShown}</Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: density.gap }} aria-label={strings.ChooserMappingsListLabel}>
          {shown.map((mapping) => (
            <li key={mapping.id}>
              <MappingCard mapping={mapping} onOpen={onOpen} frameworks={frameworks} site={siteOf?.(mapping.id)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
