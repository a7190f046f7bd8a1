import * as React from 'react';
import { ActionButton, Stack } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { topLevelDutyIds } from '../../../../model';
import type { Framework } from '../../../../model';
import type { SignOffInput } from '../../../../services/governance';
import type { OpenedMapping } from '../../../../services/types';
import { useServices } from '../../../shell/services/ServicesContext';
import type { GovernanceView } from '../hooks/useGovernance';
import { buildSignOffDocument } from '../signOffDocument';
import { SignOffBar } from './SignOffBar';

export interface GovernanceSectionProps {
  mappingId: number;
  team: string;
  view: GovernanceView;
  /** The mapping as it stands now (after saving what is pending). */
  current: () => Promise<OpenedMapping>;
  /** Its framework, to name duties. */
  framework: Framework;
}

// Loaded when first opened, outside the entry bundle.
const HistoryPanel = React.lazy(() => import(/* webpackChunkName: 'history' */ './HistoryPanel').then((m) => ({ default: m.HistoryPanel })));

/** Sign-off bar and the history of the mapping's details, above the duties. Memoised: its props change with the sign-off state, not with each keystroke. */
export const GovernanceSection = React.memo(function GovernanceSection({ mappingId, team, view, current, framework }: GovernanceSectionProps): JSX.Element {
  const services = useServices();
  const [showHistory, setShowHistory] = React.useState(false);
  const prepare = async (note: string): Promise<SignOffInput> => {
    const opened = await current();
    const me = await services.people.currentUser();
    const { mapping, framework } = opened;
    const order = topLevelDutyIds(framework);
    return {
      mappingId: mapping.id,
      team: mapping.header.team,
      frameworkTitle: framework.title,
      frameworkVersion: framework.version,
      note,
      document: await buildSignOffDocument(opened, me.displayName, new Date()),
      snapshot: {
        mapping: { id: mapping.id, header: mapping.header, areaComments: mapping.areaComments },
        entries: order.map((dutyId) => mapping.entries.find((entry) => entry.dutyId === dutyId)).filter((entry) => entry !== undefined),
        framework
      },
      // The versions the snapshot shows: sign-off is refused if SharePoint holds anything newer.
      basedOn: { entryEtags: opened.entryEtags, headerEtag: opened.headerEtag }
    };
  };
  return (
    // One row where it fits, so the duties start higher (work first).
    <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
      <SignOffBar view={view} framework={framework} prepare={prepare} />
      <div>
        <ActionButton iconProps={{ iconName: 'History' }} onClick={() => setShowHistory(true)}>
          {strings.MappingDetailsHistoryButton}
        </ActionButton>
      </div>
      {showHistory && <MappingHistory mappingId={mappingId} team={team} onDismiss={() => setShowHistory(false)} />}
    </Stack>
  );
});

function MappingHistory({ mappingId, team, onDismiss }: { mappingId: number; team: string; onDismiss: () => void }): JSX.Element {
  const services = useServices();
  const load = React.useCallback(() => services.governance.mappingHistory(mappingId), [services, mappingId]);
  return (
    <React.Suspense fallback={null}>
      <HistoryPanel subject={team} load={load} onDismiss={onDismiss} />
    </React.Suspense>
  );
}
