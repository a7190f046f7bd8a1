import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { hasChanges } from '../../../model';
import type { FrameworkComparison, FrameworkField } from '../../../model';
import { formatText } from '../../../wording/format';

const FIELD_NAMES: Record<FrameworkField, string> = {
  title: strings.FwFieldTitle,
  role: strings.FwFieldRole,
  band: strings.FwFieldBand,
  guidance: strings.FwFieldGuidance,
  introduction: strings.FwFieldIntroduction,
  provenance: strings.FwFieldProvenance
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
    return <Text block as="p">{strings.FwCompareNoChanges}</Text>;
  }
  const qsi: string[] = [];
  for (const change of comparison.qsiChanges) {
    qsi.push(
      ...change.added.map((q) => formatText(strings.FwCompareQsiAdded, change.areaTitle, `${q.code} ${q.title}`)),
      ...change.removed.map((q) => formatText(strings.FwCompareQsiRemoved, change.areaTitle, `${q.code} ${q.title}`)),
      ...change.retitled.map((r) => formatText(strings.FwCompareQsiRetitled, change.areaTitle, r.code, r.before, r.after))
    );
  }
  return (
    <div>
      <Group heading={strings.FwCompareDutiesAdded} items={comparison.dutiesAdded.map((d) => `${d.areaTitle}: ${d.text}`)} />
      <Group heading={strings.FwCompareDutiesReworded} items={comparison.dutiesReworded.map((d) => formatText(strings.FwCompareReworded, d.before, d.after))} />
      <Group heading={strings.FwCompareDutiesRemoved} items={comparison.dutiesRemoved.map((d) => `${d.areaTitle}: ${d.text}`)} />
      <Group heading={strings.FwCompareDutiesMoved} items={comparison.dutiesMoved.map((d) => formatText(strings.FwCompareMovedFrom, d.text, d.from, d.to))} />
      <Group heading={strings.FwCompareAreasAdded} items={comparison.areasAdded.map((a) => a.title)} />
      <Group heading={strings.FwCompareAreasRemoved} items={comparison.areasRemoved.map((a) => a.title)} />
      <Group heading={strings.FwCompareAreasRenamed} items={comparison.areasRenamed.map((a) => formatText(strings.FwCompareReworded, a.before, a.after))} />
      <Group heading={strings.FwCompareAreasReordered} items={comparison.areasReordered.map((a) => a.title)} />
      <Group heading={strings.FwCompareQsi} items={qsi} />
      <Group heading={strings.FwCompareFields} items={comparison.fieldsChanged.map((field) => FIELD_NAMES[field])} />
    </div>
  );
}
