import * as React from 'react';
import { DefaultButton, PrimaryButton, SearchBox, Stack, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { useAccess } from '../../shell/access/AccessContext';
import { useDensity, useHost } from '../../shell/host/HostContext';
import { LoadState } from '../../common/components/LoadState';
import { useMappingList } from '../hooks/useMappingList';
import type { MappingList } from '../hooks/useMappingList';
import { searchMappings } from '../mappingList';
import { MappingCardList } from './MappingCardList';
import { NewMappingDialog } from './NewMappingDialog';
import { useFrameworkList } from '../../frameworks/hooks/useFrameworkList';
import { DamagedVersionsNotice } from '../../frameworks/components/DamagedVersionsNotice';

export interface MappingChooserProps {
  onOpen: (mappingId: number) => void;
  /** Opens the owners' framework management; owners only. */
  onManageFrameworks?: () => void;
}

/** The site's mappings (or the user's own in the personal app), newest first, with search and "start new". */
export function MappingChooser({ onOpen, onManageFrameworks }: MappingChooserProps): JSX.Element {
  const list = useMappingList();
  const frameworkList = useFrameworkList();
  const frameworks = frameworkList.status === 'ready' ? frameworkList.data : undefined;
  const { canEdit, level } = useAccess();
  const isOwner = level === 'setUp';
  const { personalView } = useHost();
  const density = useDensity();
  const [query, setQuery] = React.useState('');
  const [creating, setCreating] = React.useState(false);
  const onCreated = React.useCallback(
    (mappingId: number): void => {
      setCreating(false);
      onOpen(mappingId);
    },
    [onOpen]
  );

  const ready = (data: MappingList): JSX.Element => {
    const shown = searchMappings(data.shown, query);
    return (
      <>
        <SearchBox
          placeholder={strings.ChooserSearchMappingsPlaceholder}
          ariaLabel={strings.ChooserSearchMappingsLabel}
          value={query}
          onChange={(_e, value) => setQuery(value ?? '')}
          styles={{ root: { maxWidth: '30rem' } }}
        />
        <MappingCardList shown={shown} total={data.shown.length} noneShown={strings.ChooserNoMappingsMatch} onOpen={onOpen} frameworks={frameworks} />
      </>
    );
  };

  return (
    <section aria-labelledby="idm-chooser-heading">
      <Stack tokens={{ childrenGap: density.gap }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: density.fieldGap }}>
          <Text block as="h2" variant="xLarge" id="idm-chooser-heading" styles={{ root: { margin: 0 } }}>
            {personalView ? strings.CommonMyMappingsHeading : strings.ChooserMappingsHeading}
          </Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: density.fieldGap }}>
            {isOwner && onManageFrameworks && (
              <DefaultButton iconProps={{ iconName: 'Settings' }} onClick={onManageFrameworks}>
                {strings.ChooserFrameworkManageFrameworks}
              </DefaultButton>
            )}
            {canEdit && list.status === 'ready' && (
              <PrimaryButton iconProps={{ iconName: 'Add' }} onClick={() => setCreating(true)}>
                {strings.ChooserStartNewMapping}
              </PrimaryButton>
            )}
          </div>
        </div>
        {isOwner && <DamagedVersionsNotice />}
        <LoadState
          state={list}
          loading={strings.ChooserLoadingMappings}
          failed={strings.ChooserMappingsLoadFailed}
          isEmpty={(data) => data.shown.length === 0}
          emptyMessage={personalView ? strings.ChooserNoMyMappings : strings.CommonNoMappings}
        >
          {ready}
        </LoadState>
      </Stack>
      {creating && list.status === 'ready' && (
        <NewMappingDialog mappings={list.data.all} frameworks={frameworks} onDismiss={() => setCreating(false)} onCreated={onCreated} />
      )}
    </section>
  );
}
