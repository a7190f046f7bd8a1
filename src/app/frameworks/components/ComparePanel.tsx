import * as React from 'react';
import { Dropdown, Stack, Text } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { compareFrameworks } from '../../../model';
import type { FrameworkSummary } from '../../../services/frameworks';
import { useServices } from '../../shell/services/ServicesContext';
import { LoadState } from '../../common/components/LoadState';
import { useAsync } from '../../common/hooks/useAsync';
import { CompareView } from './CompareView';

/** Compares any two versions of a framework; starts with the latest against the one before. */
export function ComparePanel({ summary }: { summary: FrameworkSummary }): JSX.Element {
  const services = useServices();
  const versions = summary.versions.map((v) => v.version);
  const [to, setTo] = React.useState(versions[0]);
  const [from, setFrom] = React.useState(versions[1] ?? versions[0]);
  const load = React.useCallback(async () => {
    const [before, after] = await Promise.all([services.frameworks.getVersion(summary.id, from), services.frameworks.getVersion(summary.id, to)]);
    return compareFrameworks(before, after);
  }, [services, summary.id, from, to]);
  const comparison = useAsync(load);
  const options: IDropdownOption[] = versions.map((v) => ({ key: v, text: String(v) }));
  return (
    <section aria-label={strings.FrameworksCompareHeading}>
      <Text block as="h4" variant="mediumPlus" styles={{ root: { margin: '8px 0' } }}>
        {strings.FrameworksCompareHeading}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <Dropdown label={strings.FrameworksCompareFrom} options={options} selectedKey={from} onChange={(_e, o) => o && setFrom(Number(o.key))} styles={{ root: { width: '9rem' } }} />
        <Dropdown label={strings.FrameworksCompareTo} options={options} selectedKey={to} onChange={(_e, o) => o && setTo(Number(o.key))} styles={{ root: { width: '9rem' } }} />
      </Stack>
      <LoadState state={comparison} loading={strings.CommonFrameworkLoadingFrameworks} failed={strings.FrameworksFrameworksLoadFailed}>
        {(data) => <CompareView comparison={data} />}
      </LoadState>
    </section>
  );
}
