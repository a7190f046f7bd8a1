import * as React from 'react';
import { Label, NormalPeoplePicker, Text } from '@fluentui/react';
import type { IBasePickerSuggestionsProps, IPersonaProps } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DirectoryPerson } from '../../../../model';
import { useServices } from '../../../shell/services/ServicesContext';

export interface PeopleFieldProps {
  people: DirectoryPerson[];
  onChange: (people: DirectoryPerson[]) => void;
  disabled: boolean;
}

const SUGGESTIONS: IBasePickerSuggestionsProps = {
  suggestionsHeaderText: strings.MappingPeopleSuggestionsHeader,
  noResultsFoundText: strings.MappingPeopleNoResults,
  loadingText: strings.MappingPeopleLoading,
  suggestionsAvailableAlertText: strings.MappingPeopleSuggestionsAvailable
};

function toPersona(person: DirectoryPerson): IPersonaProps {
  // Fluent draws initials in palette.white, which dark themes invert to near-black on the coin's
  // fixed mid-tone colours; those colours are made for white text in every theme.
  return { key: person.login, text: person.displayName, secondaryText: person.email, initialsTextColor: '#ffffff' };
}

/** People in the site's directory who completed the mapping, found by name or email. */
export function PeopleField({ people, onChange, disabled }: PeopleFieldProps): JSX.Element {
  const services = useServices();
  const known = React.useRef(new Map<string, DirectoryPerson>());
  for (const person of people) {
    known.current.set(person.login, person);
  }
  const selected = React.useMemo(() => people.map(toPersona), [people]);

  const resolve = React.useCallback(
    async (text: string, current?: IPersonaProps[]): Promise<IPersonaProps[]> => {
      if (text.trim() === '') {
        return [];
      }
      try {
        const found = await services.people.search(text);
        const taken = new Set((current ?? []).map((persona) => String(persona.key)));
        return found
          .filter((person) => !taken.has(person.login))
          .map((person) => {
            known.current.set(person.login, person);
            return toPersona(person);
          });
      } catch {
        // The picker shows "no results"; names outside the directory can still be typed below.
        return [];
      }
    },
    [services]
  );

  if (disabled) {
    // Read-only: the names as text, without a picker's input and remove buttons that do nothing.
    return (
      <div>
        <Label id="idm-people-label">{strings.MappingPeopleLabel}</Label>
        <Text block aria-labelledby="idm-people-label">
          {people.length > 0 ? people.map((person) => person.displayName).join(', ') : strings.CommonNobodyYet}
        </Text>
      </div>
    );
  }

  return (
    <div>
      <Label id="idm-people-label">{strings.MappingPeopleLabel}</Label>
      <NormalPeoplePicker
        selectedItems={selected}
        onResolveSuggestions={resolve}
        onChange={(items) =>
          onChange((items ?? []).map((item) => known.current.get(String(item.key))).filter((p): p is DirectoryPerson => !!p))
        }
        pickerSuggestionsProps={SUGGESTIONS}
        resolveDelay={300}
        inputProps={{ 'aria-labelledby': 'idm-people-label', placeholder: strings.MappingPeoplePlaceholder }}
        removeButtonAriaLabel={strings.MappingRemove}
      />
    </div>
  );
}
