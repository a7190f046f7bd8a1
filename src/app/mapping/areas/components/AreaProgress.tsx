import * as React from 'react';
import { Text } from '@fluentui/react';
import type { Area, Rollup } from '../../../../model';
import { progressOf, progressText } from '../areaProgress';

export interface AreaProgressProps {
  area: Area;
  rollup: Rollup;
}

/** "3 of 8 reviewed, 1 gap" under an area's heading in the table view. */
export function AreaProgress({ area, rollup }: AreaProgressProps): JSX.Element {
  return (
    <Text block as="p" id={`idm-area-progress-${area.id}`} styles={{ root: { margin: 0 } }}>
      {progressText(progressOf(rollup))}
    </Text>
  );
}
