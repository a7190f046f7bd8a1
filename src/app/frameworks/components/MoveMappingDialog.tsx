import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, ProgressIndicator, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { planMove } from '../../../model';
import type { Framework, MovePlan } from '../../../model';
import type { AppError } from '../../../services/errors';
import type { MoveProgress } from '../../../services/frameworks';
import type { OpenedMapping } from '../../../services/types';
import { useServices } from '../../shell/services/ServicesContext';
import { ErrorMessage } from '../../common/components/ErrorMessage';
import { LoadState } from '../../common/components/LoadState';
import { toAppError } from '../../../services/toAppError';
import { useAsync } from '../../common/hooks/useAsync';
import { formatText } from '../../../wording/format';

export interface MoveMappingDialogProps {
  opened: OpenedMapping;
  onDismiss: () => void;
  /** Called once the mapping has moved, to open it again on its new version. */
  onMoved: () => void;
}

type MoveState = { status: 'idle' } | { status: 'moving'; progress: MoveProgress } | { status: 'error'; error: AppError };

function ListOf({ heading, items }: { heading: string; items: string[] }): JSX.Element {
  return (
    <section>
      <Text block as="h3" variant="mediumPlus" styles={{ root: { margin: '8px 0 4px' } }}>
        {heading}
      </Text>
      {items.length === 0 ? (
        <Text block as="p">{strings.FrameworksMoveNothing}</Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PlanView({ plan, target }: { plan: MovePlan; target: Framework }): JSX.Element {
  return (
    <div>
      <ListOf heading={formatText(strings.FrameworksMoveNewDuties, plan.newDuties.length)} items={plan.newDuties.map((d) => `${d.areaTitle}: ${d.text}`)} />
      <ListOf heading={formatText(strings.FrameworksMoveReworded, plan.reworded.length)} items={plan.reworded.map((r) => formatText(strings.FrameworksCompareReworded, r.before, r.after))} />
      <ListOf
        heading={formatText(strings.FrameworksMoveRemovedEntries, target.version, plan.removedEntries.length)}
        items={plan.removedEntries.map((r) => `${r.areaTitle}: ${r.text}`)}
      />
      <Text block as="p">{formatText(strings.FrameworksMoveKept, plan.keptCount)}</Text>
    </div>
  );
}

/**
 * Shows what moving a mapping to the newest readable version of its
 * framework will change, then moves it with progress. Nothing is deleted.
 */
export function MoveMappingDialog({ opened, onDismiss, onMoved }: MoveMappingDialogProps): JSX.Element {
  const services = useServices();
  const { frameworkId } = opened.mapping.header;
  const load = React.useCallback(() => services.frameworks.getNewestValid(frameworkId), [services, frameworkId]);
  const target = useAsync(load);
  const [state, setState] = React.useState<MoveState>({ status: 'idle' });
  const plan = React.useMemo(
    () => (target.status === 'ready' ? planMove(opened.mapping.entries, opened.framework, target.data.framework) : undefined),
    [target, opened]
  );
  const version = target.status === 'ready' ? target.data.framework.version : 0;

  const apply = async (): Promise<void> => {
    setState({ status: 'moving', progress: { done: 0, total: plan?.newDuties.length ?? 0 } });
    try {
      await services.frameworks.moveMapping(opened.mapping.id, version, (progress) => setState({ status: 'moving', progress }));
      onMoved();
    } catch (error) {
      setState({ status: 'error', error: toAppError(error) });
    }
  };

  const body = (
    <LoadState state={target} loading={strings.CommonFrameworkLoadingFrameworks} failed={strings.FrameworksFrameworksLoadFailed}>
      {(data) => <PlanView plan={plan as MovePlan} target={data.framework} />}
    </LoadState>
  );
  const moving = state.status === 'moving';
  return (
    <Dialog
      hidden={false}
      onDismiss={moving ? undefined : onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: formatText(strings.FrameworksMoveTitle, version || ''), subText: strings.FrameworksMoveIntro }}
      modalProps={{ isBlocking: moving }}
      minWidth="min(36rem, 92vw)"
    >
      {body}
      {state.status === 'moving' && (
        <ProgressIndicator
          label={formatText(strings.FrameworksMoveProgressLabel, state.progress.done, state.progress.total)}
          percentComplete={state.progress.total === 0 ? undefined : state.progress.done / state.progress.total}
        />
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} context={strings.FrameworksMoveFailed} />}
      <DialogFooter>
        <PrimaryButton onClick={() => void apply()} disabled={moving || target.status !== 'ready' || version <= opened.mapping.header.frameworkVersion}>
          {formatText(strings.FrameworksMoveApply, version || '')}
        </PrimaryButton>
        <DefaultButton onClick={onDismiss} disabled={moving}>
          {strings.CommonCancel}
        </DefaultButton>
      </DialogFooter>
    </Dialog>
  );
}
