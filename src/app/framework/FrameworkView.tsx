import * as React from 'react';
import { Stack, Text, Link } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Duty, Framework } from '../../model/framework';

export interface FrameworkViewProps {
  framework: Framework;
}

function DutyList({ duties, level }: { duties: Duty[]; level: number }): JSX.Element {
  return (
    <ul style={{ margin: 0, paddingInlineStart: level === 0 ? 20 : 24 }}>
      {duties.map((duty) => (
        <li key={duty.id}>
          <Text>{duty.text}</Text>
          {duty.children && duty.children.length > 0 && <DutyList duties={duty.children} level={level + 1} />}
        </li>
      ))}
    </ul>
  );
}

/** The framework, read-only: what a team maps against, with where it came from. */
export function FrameworkView({ framework }: FrameworkViewProps): JSX.Element {
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h2" variant="xLarge">{framework.title}</Text>
      <Text>
        {strings.FrameworkGuidanceLabel}{' '}
        {framework.guidance.url ? <Link href={framework.guidance.url}>{framework.guidance.title}</Link> : <em>{framework.guidance.title}</em>}
      </Text>
      {framework.areas.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`}>
          <Text as="h3" variant="large" id={`area-${area.id}`}>{area.title}</Text>
          <Text as="p">
            {strings.QsiColumnHeading}:{' '}
            {area.qsiStandards.map((qsi) => `${qsi.code} ${qsi.title}`).join('; ')}
          </Text>
          <DutyList duties={area.duties} level={0} />
        </section>
      ))}
      <section aria-labelledby="framework-provenance">
        <Text as="h3" variant="mediumPlus" id="framework-provenance">{strings.FrameworkProvenanceHeading}</Text>
        {framework.provenance.map((note) => (
          <Text as="p" key={note.date}>
            <strong>{note.date}:</strong> {note.text}
          </Text>
        ))}
      </section>
    </Stack>
  );
}
