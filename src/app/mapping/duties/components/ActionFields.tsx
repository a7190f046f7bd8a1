import * as React from 'react';
import { DefaultButton, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { useServices } from '../../../shell/services/ServicesContext';
import type { GapAction } from '../../../../model';
import { DateField } from '../../../common/components/DateField';
import { NamedTextField } from '../../../common/components/NamedTextField';
import { formatText } from '../../../../wording/format';
import { OwnerPersonField } from './OwnerPersonField';
import { useOwnerLeft } from '../../owners/LeftOwners';
import type { DutyAnswers } from '../hooks/useDutyAnswers';

export interface ActionFieldsProps {
  /** The duty's answers: the action is one of them. */
  answers: DutyAnswers;
  readOnly: boolean;
  /** Layout of the three fields (the row's responsive grid). */
  className?: string;
}

const EMPTY: GapAction = { what: '', owner: '' };

/** What the team will do about a gap: what, who, by when. */
export function ActionFields({ answers, readOnly, className }: ActionFieldsProps): JSX.Element {
  const { label: dutyLabel, errors, blur: onBlur } = answers;
  const current = answers.entry.action ?? EMPTY;
  const onChange = (action: GapAction): void => answers.edit({ action });
  const services = useServices();
  const [lookup, setLookup] = React.useState<string | undefined>(undefined);
  // The picker shows once asked for (or once there is a person), so a long list of gaps stays light.
  const [picking, setPicking] = React.useState(false);
  // A person the site no longer finds (they have left) stays as stored, with a plain note.
  const ownerLeft = useOwnerLeft(current.ownerPerson?.login);
  // An older free-text owner becomes a person with a click; the text stays unless it is just their name.
  const toPerson = async (): Promise<void> => {
    const found = await services.people.search(current.owner).catch(() => []);
    if (found.length !== 1) {
      setLookup(formatText(found.length === 0 ? strings.MappingActionOwnerNotFound : strings.MappingActionOwnerSeveral, current.owner));
      return;
    }
    const [person] = found;
    setLookup(undefined);
    const sameName = current.owner.trim().toLowerCase() === person.displayName.toLowerCase() || current.owner.trim().toLowerCase() === (person.email ?? '').toLowerCase();
    onChange({ ...current, ownerPerson: person, owner: sameName ? '' : current.owner });
  };
  return (
    <div role="group" aria-label={formatText(strings.MappingActionLegend, dutyLabel)} className={className}>
      <NamedTextField
        label={strings.CommonExportColumnAction}
        ariaLabel={formatText(strings.MappingActionWhatAria, dutyLabel)}
        value={current.what}
        onChange={(_e, what) => onChange({ ...current, what: what ?? '' })}
        onBlur={onBlur}
        readOnly={readOnly}
        errorMessage={errors['action.what']}
      />
      {!readOnly && !current.ownerPerson && !picking && (
        <div>
          <DefaultButton iconProps={{ iconName: 'People' }} onClick={() => setPicking(true)}>
            {strings.MappingActionOwnerChoose}
          </DefaultButton>
        </div>
      )}
      {!readOnly && (current.ownerPerson || picking) && (
        <OwnerPersonField
          id={`idm-owner-person-${dutyLabel.length}-${dutyLabel.slice(0, 12).replace(/\W/g, '')}`}
          person={current.ownerPerson}
          ariaLabel={`${strings.MappingActionOwnerPersonLabel}: ${dutyLabel}`}
          onChange={(ownerPerson) => {
            const { ownerPerson: _dropped, ...rest } = current;
            onChange(ownerPerson ? { ...rest, ownerPerson } : rest);
          }}
        />
      )}
      {readOnly && current.ownerPerson && <Text block>{formatText(strings.MappingTableActionOwner, current.ownerPerson.displayName)}</Text>}
      {current.ownerPerson && ownerLeft && (
        <Text block variant="small">
          {formatText(strings.MappingActionOwnerLeft, current.ownerPerson.displayName)}
        </Text>
      )}
      <NamedTextField
        label={current.ownerPerson ? strings.MappingActionOwnerTextLabel : strings.CommonExportColumnActionOwner}
        ariaLabel={formatText(strings.MappingActionOwnerAria, dutyLabel)}
        value={current.owner}
        onChange={(_e, owner) => onChange({ ...current, owner: owner ?? '' })}
        onBlur={onBlur}
        readOnly={readOnly}
        errorMessage={errors['action.owner']}
      />
      {!readOnly && !current.ownerPerson && current.owner.trim() !== '' && (
        <div>
          <DefaultButton onClick={() => void toPerson()}>{formatText(strings.MappingActionOwnerToPerson, current.owner)}</DefaultButton>
          {lookup && (
            <Text block variant="small" role="status">
              {lookup}
            </Text>
          )}
        </div>
      )}
      <DateField
        label={strings.CommonExportColumnActionDue}
        ariaLabel={formatText(strings.MappingActionDueAria, dutyLabel)}
        value={current.dueDate}
        onChange={(dueDate) => onChange({ ...current, dueDate })}
        onBlur={onBlur}
        disabled={readOnly}
        errorMessage={errors['action.dueDate']}
      />
    </div>
  );
}
