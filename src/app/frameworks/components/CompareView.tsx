import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { hasChanges } from '../../../model';
import type { FrameworkComparison, FrameworkField } from '../../../model';
import { formatText } from '../../../wording/format';

const FIELD_NAMES: Record<FrameworkField, string> = {
  title: strings.CommonFrameworkFieldTitle,
  role: strings.FrameworksFieldRole,
  band: strings.FrameworksFieldBand,
  guidance: strings.FrameworksFieldGuidance,
  introduction: strings.FrameworksFieldIntroduction,
  provenance: strings.FrameworksFieldProvenance
};

function Group({ heading, items }: { heading: string; items: string[] }): JSX.Element | null {
  if (items.length === 0) {
    return null;
  }
  return (
    <section>
      <Text block as="h4" variant="mediumPlus" styles={{ root: { margin: '8px 0 4px' } }}>
        {`${heading} (${items.length})`}
      </Text>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** What differs between two versions, grouped the way an owner reviews a change. */
export function CompareView({ comparison }: { comparison: FrameworkComparison }): JSX.Element {
  if (!hasChanges(comparison)) {
    return <Text block as="p">{strings.FrameworksCompareNoChanges}</Text>;
  }
  const qsi: string[] = [];
  for (const change of comparison.qsiChanges) {
    qsi.push(
      ...change.added.map((q) => formatText(strings.FrameworksCompareQsiAdded, change.areaTitle, `${q.code} ${q.title}`)),
      ...change.removed.map((q) => formatText(strings.FrameworksCompareQsiRemoved, change.areaTitle, `${q.code} ${q.title}`)),
      ...change.retitled.map((r) => formatText(strings.FrameworksCompareQsiRetitled, change.areaTitle, r.code, r.before, r.after))
    );
  }
  return (
    <div>
      <Group heading={strings.FrameworksCompareDutiesAdded} items={comparison.dutiesAdded.map((d) => `${d.areaTitle}: ${d.text}`)} />
      <Group heading={strings.FrameworksCompareDutiesReworded} items={comparison.dutiesReworded.map((d) => formatText(strings.FrameworksCompareReworded, d.before, d.after))} />
      <Group heading={strings.FrameworksCompareDutiesRemoved} items={comparison.dutiesRemoved.map((d) => `${d.areaTitle}: ${d.text}`)} />
      <Group heading={strings.FrameworksCompareDutiesMoved} items={comparison.dutiesMoved.map((d) => formatText(strings.FrameworksCompareMovedFrom, d.text, d.from, d.to))} />
      <Group heading={strings.FrameworksCompareAreasAdded} items={comparison.areasAdded.map((a) => a.title)} />
      <Group heading={strings.FrameworksCompareAreasRemoved} items={comparison.areasRemoved.map((a) => a.title)} />
      <Group heading={strings.FrameworksCompareAreasRenamed} items={comparison.areasRenamed.map((a) => formatText(strings.FrameworksCompareReworded, a.before, a.after))} />
      <Group heading={strings.FrameworksCompareAreasReordered} items={comparison.areasReordered.map((a) => a.title)} />
      <Group heading={strings.FrameworksCompareQsi} items={qsi} />
      <Group heading={strings.FrameworksCompareFields} items={comparison.fieldsChanged.map((field) => FIELD_NAMES[field])} />
    </div>
  );
}
