import * as React from 'react';
import { findDuty } from '../../../../model';
import type { Framework } from '../../../../model';
import { useServices } from '../../../shell/services/ServicesContext';
import { truncate } from '../../../../wording/format';
import { HistoryPanel } from './HistoryPanel';

export interface DutyHistoryProps {
  mappingId: number;
  dutyId: string;
  framework: Framework;
  onDismiss: () => void;
}

/** The History panel of one duty: its changes from SharePoint's version history (one request). */
export function DutyHistory({ mappingId, dutyId, framework, onDismiss }: DutyHistoryProps): JSX.Element {
  const services = useServices();
  const load = React.useCallback(() => services.governance.dutyHistory(mappingId, dutyId), [services, mappingId, dutyId]);
  const duty = findDuty(framework, dutyId);
  return <HistoryPanel subject={truncate(duty?.duty.text ?? dutyId)} load={load} onDismiss={onDismiss} />;
}
