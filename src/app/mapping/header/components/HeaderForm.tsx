import * as React from 'react';
import { Text, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { describeProblem } from '../../../common/validationMessages';
import { validateHeader } from '../../../../model';
import type { MappingHeader } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { cardStyle } from '../../../common/cardStyles';
import { DateField } from '../../../common/components/DateField';
import type { EditorActions } from '../../editor/contract';
import { OtherNamesField } from './OtherNamesField';
import { PeopleField } from './PeopleField';

export interface HeaderFormProps {
  header: MappingHeader;
  readOnly: boolean;
  actions: EditorActions;
}

/** The template's header: team, who completed it (all involved), date completed, notes. */
function HeaderFormView({ header, readOnly, actions }: HeaderFormProps): JSX.Element {
  const theme = useTheme();
  const density = useDensity();
  const classes = mergeStyleSets({
    card: [cardStyle(theme, density.padding), { display: 'grid', gap: density.fieldGap }],
    fields: { display: 'grid', gap: density.fieldGap, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))', alignItems: 'start' },
    wide: { gridColumn: '1 / -1' }
  });
  const errors: Record<string, string> = {};
  for (const problem of validateHeader(header)) {
    errors[problem.field] = describeProblem(problem);
  }
  const nameErrors: Record<number, string> = {};
  header.completedBy.otherNames.forEach((_name, index) => {
    const message = errors[`completedBy.otherNames[${index}]`];
    if (message) {
      nameErrors[index] = message;
    }
  });
  const blur = (): void => void actions.saveNow();

  return (
    <section aria-labelledby="idm-header-heading" className={classes.card}>
      <Text block as="h3" variant="large" id="idm-header-heading" styles={{ root: { margin: 0 } }}>
        {strings.CommonHeaderHeading}
      </Text>
      <div className={classes.fields}>
        <TextField
          label={strings.CommonTeamLabel}
          required
          value={header.team}
          onChange={(_e, team) => actions.editHeader({ team: team ?? '' })}
          onBlur={blur}
          readOnly={readOnly}
          errorMessage={errors.team}
        />
        <DateField
          label={strings.CommonDateCompletedLabel}
          value={header.dateCompleted}
          onChange={(dateCompleted) => actions.editHeader({ dateCompleted })}
          onBlur={blur}
          disabled={readOnly}
          errorMessage={errors.dateCompleted}
        />
        <div className={classes.wide} role="group" aria-labelledby="idm-completed-by">
          <Text block as="h4" variant="mediumPlus" id="idm-completed-by" styles={{ root: { margin: 0 } }}>
            {strings.CommonCompletedByLabel}
          </Text>
          <PeopleField
            people={header.completedBy.people}
            onChange={(people) => actions.editHeader({ completedBy: { ...header.completedBy, people } })}
            disabled={readOnly}
          />
          <OtherNamesField
            names={header.completedBy.otherNames}
            onChange={(otherNames) => actions.editHeader({ completedBy: { ...header.completedBy, otherNames } })}
            readOnly={readOnly}
            errors={nameErrors}
          />
        </div>
        <div className={classes.wide}>
          <TextField
            label={strings.CommonFieldNotes}
            multiline
            autoAdjustHeight
            rows={3}
            value={header.notes}
            onChange={(_e, notes) => actions.editHeader({ notes: notes ?? '' })}
            onBlur={blur}
            readOnly={readOnly}
            errorMessage={errors.notes}
          />
        </div>
      </div>
    </section>
  );
}

/** Memoised: typing in a duty row does not re-render it. */
export const HeaderForm = React.memo(HeaderFormView);
