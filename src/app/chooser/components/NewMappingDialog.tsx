import * as React from 'react';
import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  TextField
} from '@fluentui/react';
import type { IChoiceGroupOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { describeProblem } from '../../common/validationMessages';
import { validateHeader } from '../../../model';
import type { FrameworkSummary } from '../../../services/frameworks';
import type { MappingSummary } from '../../../services/types';
import { frameworkName } from '../../../wording/frameworkName';
import { useHost } from '../../shell/host/HostContext';
import { ErrorMessage } from '../../common/components/ErrorMessage';
import { formatDate, formatText } from '../../../wording/format';
import { useCreateMapping } from '../hooks/useCreateMapping';
import { completedByText, previousMappingsOf } from '../mappingList';

export interface NewMappingDialogProps {
  /** Every mapping on the site, to offer a team's previous ones. */
  mappings: MappingSummary[];
  /** The site's frameworks; asked which to use when more than one is in use (not retired). */
  frameworks?: readonly FrameworkSummary[];
  onDismiss: () => void;
  onCreated: (mappingId: number) => void;
}

function describePrevious(mapping: MappingSummary): string {
  const date = mapping.dateCompleted ? formatDate(mapping.dateCompleted) : strings.CommonNotCompletedYet;
  const people = completedByText(mapping);
  return formatText(strings.ChooserPreviousMappingOption, date, people);
}

/** Starts a mapping for a team, blank or from that team's previous mapping (the yearly review). */
export function NewMappingDialog({ mappings, frameworks, onDismiss, onCreated }: NewMappingDialogProps): JSX.Element {
  const host = useHost();
  const [team, setTeam] = React.useState(host.defaultTeam ?? '');
  const [fromPrevious, setFromPrevious] = React.useState(false);
  const [previousId, setPreviousId] = React.useState<number | undefined>(undefined);
  const [touched, setTouched] = React.useState(false);
  const { state, create } = useCreateMapping(onCreated);
  const active = (frameworks ?? []).filter((framework) => !framework.retired);
  const [pickedFramework, setFrameworkId] = React.useState<string | undefined>(undefined);
  // The first framework in use until one is picked (the list may arrive after the dialog opens).
  const frameworkId = active.some((framework) => framework.id === pickedFramework) ? pickedFramework : active[0]?.id;
  const frameworkOptions: IChoiceGroupOption[] = active.map((framework) => ({ key: framework.id, text: frameworkName(framework) }));

  const previous = React.useMemo(() => previousMappingsOf(mappings, team), [mappings, team]);
  const chosenId = previous.some((m) => m.id === previousId) ? previousId : previous[0]?.id;
  const header = { team: team.trim(), completedBy: { people: [], otherNames: [] }, notes: '' };
  const teamProblem = validateHeader({ ...header, frameworkId: 'new', frameworkVersion: 1 }).find((p) => p.field === 'team');
  const teamError = teamProblem && describeProblem(teamProblem);
  const options: IChoiceGroupOption[] = previous.map((m) => ({ key: String(m.id), text: describePrevious(m) }));

  const submit = (): void => {
    setTouched(true);
    if (teamError) {
      return;
    }
    create({
      header,
      copyFromMappingId: fromPrevious && previous.length > 0 ? chosenId : undefined,
      ...(frameworkId !== undefined && active.length > 0 ? { frameworkId } : {})
    });
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: strings.ChooserStartNewMapping, subText: strings.ChooserNewMappingIntro }}
      modalProps={{ isBlocking: state.status === 'creating' }}
      minWidth="min(28rem, 90vw)"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack tokens={{ childrenGap: 12 }}>
          <TextField
            label={strings.CommonTeamLabel}
            required
            value={team}
            onChange={(_e, value) => setTeam(value ?? '')}
            onBlur={() => setTouched(true)}
            errorMessage={touched ? teamError : undefined}
          />
          {active.length > 1 && (
            <ChoiceGroup
              label={strings.ChooserFrameworkChooseFrameworkLabel}
              required
              options={frameworkOptions}
              selectedKey={frameworkId}
              onChange={(_e, option) => option && setFrameworkId(String(option.key))}
            />
          )}
          {previous.length > 0 && (
            <Checkbox
              label={strings.ChooserStartFromPreviousLabel}
              checked={fromPrevious}
              onChange={(_e, checked) => setFromPrevious(!!checked)}
            />
          )}
          {fromPrevious && previous.length > 0 && (
            <ChoiceGroup
              label={strings.ChooserPreviousMappingChoiceLabel}
              options={options}
              selectedKey={chosenId !== undefined ? String(chosenId) : undefined}
              onChange={(_e, option) => option && setPreviousId(Number(option.key))}
            />
          )}
          {state.status === 'error' && <ErrorMessage error={state.error} context={strings.ChooserCreateMappingFailed} />}
          {state.status === 'creating' && <Spinner size={SpinnerSize.small} label={strings.ChooserCreatingMapping} />}
        </Stack>
        <DialogFooter>
          <PrimaryButton type="submit" disabled={state.status === 'creating'}>
            {strings.ChooserCreateMappingButton}
          </PrimaryButton>
          <DefaultButton onClick={onDismiss} disabled={state.status === 'creating'}>
            {strings.CommonCancel}
          </DefaultButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
