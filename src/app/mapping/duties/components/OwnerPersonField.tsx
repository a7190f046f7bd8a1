import * as React from 'react';
import { Label, NormalPeoplePicker } from '@fluentui/react';
import type { IPersonaProps } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DirectoryPerson } from '../../../../model';
import { useServices } from '../../../shell/services/ServicesContext';

function toPersona(person: DirectoryPerson): IPersonaProps {
  return { key: person.login, text: person.displayName, secondaryText: person.email, initialsTextColor: '#ffffff' };
}

/** The action's owner as one person in the directory, found by name or e-mail (as "Completed by" finds people). */
export function OwnerPersonField({ id, person, onChange, ariaLabel }: { id: string; person: DirectoryPerson | undefined; onChange: (person: DirectoryPerson | undefined) => void; ariaLabel: string }): JSX.Element {
  const services = useServices();
  const known = React.useRef(new Map<string, DirectoryPerson>());
  if (person) {
    known.current.set(person.login, person);
  }
  const selected = React.useMemo(() => (person ? [toPersona(person)] : []), [person]);
  const resolve = React.useCallback(
    async (text: string): Promise<IPersonaProps[]> => {
      if (text.trim() === '') {
        return [];
      }
      try {
        const found = await services.people.search(text);
        found.forEach((p) => known.current.set(p.login, p));
        return found.map(toPersona);
      } catch {
        return [];
      }
    },
    [services]
  );
  return (
    <div>
      <Label id={id}>{strings.MappingActionOwnerPersonLabel}</Label>
      <NormalPeoplePicker
        itemLimit={1}
        selectedItems={selected}
        onResolveSuggestions={resolve}
        onChange={(items) => onChange(items && items[0] ? known.current.get(String(items[0].key)) : undefined)}
        resolveDelay={300}
        inputProps={{ 'aria-label': ariaLabel, placeholder: strings.MappingActionOwnerPersonPlaceholder }}
        removeButtonAriaLabel={strings.MappingRemove}
      />
    </div>
  );
}
