import * as React from 'react';
import { ActionButton, Link, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework } from '../../../model';
import { formatText } from '../../../wording/format';
import { useHost } from '../../shell/host/HostContext';
import { introSeen, markIntroSeen } from '../views/preferences';

export interface FrameworkIntroProps {
  framework: Framework;
}

const BODY_ID = 'idm-framework-intro-body';

/**
 * Open on a person's first visit to a framework version, folded after that
 * (remembered in the host's browser storage), one click from open again.
 */
function useIntroOpen(framework: Framework): [boolean, () => void] {
  const { draftStorage, draftScope } = useHost();
  const [open, setOpen] = React.useState(() => !introSeen(draftStorage, draftScope, framework.id, framework.version));
  React.useEffect(() => {
    markIntroSeen(draftStorage, draftScope, framework.id, framework.version);
  }, [draftStorage, draftScope, framework.id, framework.version]);
  const toggle = React.useCallback((): void => setOpen((was) => !was), []);
  return [open, toggle];
}

/**
 * The framework's title, guidance, how to use it, and where the content came
 * from. The provenance notes tell teams to verify the content against current
 * guidance: they are open on the first visit and in every print, and one click
 * away after that.
 */
function FrameworkIntroView({ framework }: FrameworkIntroProps): JSX.Element {
  const [open, toggle] = useIntroOpen(framework);
  return (
    <section aria-labelledby="idm-framework-title">
      <Text block as="h3" variant="large" id="idm-framework-title" styles={{ root: { margin: 0 } }}>
        {framework.title}
      </Text>
      <Text block as="p">
        {strings.CommonFrameworkGuidanceLabel}{' '}
        {framework.guidance.url ? <Link href={framework.guidance.url}>{framework.guidance.title}</Link> : <em>{framework.guidance.title}</em>}
      </Text>
      <ActionButton iconProps={{ iconName: open ? 'ChevronUp' : 'ChevronDown' }} aria-expanded={open} aria-controls={open ? BODY_ID : undefined} onClick={toggle}>
        {open ? strings.MappingIntroHide : strings.MappingIntroShow}
      </ActionButton>
      {open && (
        <div id={BODY_ID}>
          {framework.introduction.map((paragraph, index) => (
            <Text block as="p" key={index}>
              {paragraph}
            </Text>
          ))}
          <Text block as="p" variant="small">
            {formatText(strings.MappingFrameworkVersion, framework.version)}
          </Text>
          <section aria-labelledby="idm-provenance-title">
            <Text block as="h4" variant="mediumPlus" id="idm-provenance-title" styles={{ root: { margin: '8px 0 0' } }}>
              {strings.CommonFrameworkProvenanceHeading}
            </Text>
            {framework.provenance.map((note) => (
              <Text block as="p" variant="small" key={`${note.date}-${note.text.slice(0, 20)}`}>
                <strong>{note.date}:</strong> {note.text}
              </Text>
            ))}
          </section>
        </div>
      )}
    </section>
  );
}

/** Memoised: typing in a duty row does not re-render it. */
export const FrameworkIntro = React.memo(FrameworkIntroView);
