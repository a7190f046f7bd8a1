import * as React from 'react';
import { ActionButton, Link, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework } from '../../../model';
import { formatText } from '../../common/format';

export interface FrameworkIntroProps {
  framework: Framework;
}

/** The framework's title, guidance, how to use it, and (on request) where the content came from. */
function FrameworkIntroView({ framework }: FrameworkIntroProps): JSX.Element {
  const [open, setOpen] = React.useState(false);
  return (
    <section aria-labelledby="idm-framework-title">
      <Text block as="h3" variant="large" id="idm-framework-title" styles={{ root: { margin: 0 } }}>
        {framework.title}
      </Text>
      <Text block as="p">
        {strings.FrameworkGuidanceLabel}{' '}
        {framework.guidance.url ? <Link href={framework.guidance.url}>{framework.guidance.title}</Link> : <em>{framework.guidance.title}</em>}
      </Text>
      {framework.introduction.map((paragraph, index) => (
        <Text block as="p" key={index}>
          {paragraph}
        </Text>
      ))}
      <Text block as="p" variant="small">
        {formatText(strings.FrameworkVersion, framework.version)}
      </Text>
      <ActionButton
        iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }}
        aria-expanded={open}
        aria-controls="idm-provenance"
        onClick={() => setOpen(!open)}
      >
        {strings.FrameworkProvenanceHeading}
      </ActionButton>
      <div id="idm-provenance" hidden={!open}>
        {framework.provenance.map((note) => (
          <Text block as="p" key={`${note.date}-${note.text.slice(0, 20)}`}>
            <strong>{note.date}:</strong> {note.text}
          </Text>
        ))}
      </div>
    </section>
  );
}

/** Memoised: typing in a duty row does not re-render it. */
export const FrameworkIntro = React.memo(FrameworkIntroView);
