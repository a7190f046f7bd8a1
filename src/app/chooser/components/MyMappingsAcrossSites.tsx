import * as React from 'react';
import { Stack, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { LoadState } from '../../common/components/LoadState';
import { useAsync } from '../../common/hooks/useAsync';
import { useDensity } from '../../shell/host/HostContext';
import { useServices } from '../../shell/services/ServicesContext';
import { gatherMyMappings } from '../../shell/sites/acrossSites';
import type { GatheredMappings } from '../../shell/sites/acrossSites';
import { SiteFilter, SitesNotes } from '../../shell/sites/SitesNotes';
import { MappingCardList } from './MappingCardList';

/**
 * "My mappings" in the Teams personal app when the tenant property lists the department sites:
 * the mappings I completed or saved to on each site (one request per site, all at once), each
 * with its site, opening on its own site.
 */
export function MyMappingsAcrossSites({ onOpen }: { onOpen: (target: DeepLinkTarget) => void }): JSX.Element {
  const services = useServices();
  const density = useDensity();
  const load = React.useCallback(() => gatherMyMappings(services), [services]);
  const list = useAsync(load);
  const [site, setSite] = React.useState<string | undefined>(undefined);
  const ready = ({ mappings, ids, report, siteOf }: GatheredMappings): JSX.Element => {
    const shown = site === undefined ? mappings : mappings.filter((m) => siteOf.get(m.id)?.url === site);
    const open = (globalId: number): void => {
      const { siteUrl, mappingId } = ids.resolve(globalId);
      onOpen({ mappingId, siteUrl: siteUrl.toLowerCase() === services.sites.homeUrl.toLowerCase() ? undefined : siteUrl });
    };
    return (
      <>
        <SitesNotes report={report} />
        <SiteFilter sites={report.sites} value={site} onChange={setSite} />
        <MappingCardList shown={shown} total={mappings.length} noneShown={strings.ChooserNoMyMappings} onOpen={open} siteOf={(id) => siteOf.get(id)?.label} />
      </>
    );
  };
  return (
    <section aria-labelledby="idm-chooser-heading">
      <Stack tokens={{ childrenGap: density.gap }}>
        <Text block as="h2" variant="xLarge" id="idm-chooser-heading" styles={{ root: { margin: 0 } }}>
          {strings.CommonMyMappingsHeading}
        </Text>
        <LoadState state={list} loading={strings.ChooserLoadingMappings} failed={strings.ChooserMappingsLoadFailed}>
          {ready}
        </LoadState>
      </Stack>
    </section>
  );
}
