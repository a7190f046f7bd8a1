import * as React from 'react';
import { DutyAreas } from '../../duties/components/DutyAreas';
import type { DutyViewProps } from '../../duties/components/DutyAreas';
import { AreaSection } from './AreaSection';

export type DutyGridProps = DutyViewProps;

/**
 * Every area in the framework's order as cards, each with its shown duties. Leaves User
 * Timing marks after the first render and after each edit's commit for the benchmark.
 */
export function DutyGrid(props: DutyGridProps): JSX.Element {
  return <DutyAreas {...props} marks="idm-grid" renderArea={(area) => <AreaSection {...area} />} />;
}
