import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework } from '../../../model';
import { formatText } from '../../common/format';

export interface FrameworkIntroProps {
  framework: Framework;
}

/**
 * The framework's title, guidance, how to use it, and where the content came
 * from. The provenance notes stay in view, as on every page of the SoR
 * template: they tell teams to verify the content against current guidance.
 */
function FrameworkIntroView({ framework }: FrameworkIntroProps): JSX.Element {
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
      <section aria-labelledby="idm-provenance-title">
        <Text block as="h4" variant="mediumPlus" id="idm-provenance-title" styles={{ root: { margin: '8px 0 0' } }}>
          {strings.FrameworkProvenanceHeading}
        </Text>
        {framework.provenance.map((note) => (
          <Text block as="p" variant="small" key={`${note.date}-${note.text.slice(0, 20)}`}>
            <strong>{note.date}:</strong> {note.text}
          </Text>
        ))}
      </section>
    </section>
  );
}

/** Memoised: typing in a duty row does not re-render it. */
export const FrameworkIntro = React.memo(FrameworkIntroView);
