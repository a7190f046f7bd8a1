import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DamagedVersion } from '../../../services/frameworks';
import { useServices } from '../../shell/services/ServicesContext';
import { useAsync } from '../../common/hooks/useAsync';
import { formatText } from '../../../wording/format';
import { describeDefinitionError } from '../../common/definitionMessages';

function describe(damage: DamagedVersion): string {
  const first = damage.problems[0];
  const message = first ? describeDefinitionError(first) : '';
  const problem = first?.path ? `${first.path}: ${message}` : message;
  return formatText(strings.FrameworksDamagedVersionItem, damage.version, damage.title || damage.frameworkId, damage.itemId, problem);
}

/**
 * For owners: which framework version items cannot be read, where the first
 * problem in each is, and how to repair it. Shows nothing when all is well
 * (or when the check itself fails: it must never get in the way of work).
 */
export function DamagedVersionsNotice(): JSX.Element | null {
  const services = useServices();
  const load = React.useCallback(() => services.frameworks.findDamaged(), [services]);
  const damaged = useAsync(load);
  if (damaged.status !== 'ready' || damaged.data.length === 0) {
    return null;
  }
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline delayedRender={false}>
      <Text block as="h3" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {strings.FrameworksDamagedVersionsTitle}
      </Text>
      <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
        {damaged.data.map((damage) => (
          <li key={damage.itemId}>{describe(damage)}</li>
        ))}
      </ul>
      <Text block as="p" styles={{ root: { margin: 0 } }}>
        {strings.FrameworksDamagedVersionsRepair}
      </Text>
    </MessageBar>
  );
}
