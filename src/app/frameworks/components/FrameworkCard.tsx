import * as React from 'react';
import { DefaultButton, Text, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { FrameworkSummary } from '../../../services/frameworks';
import { cardStyle } from '../../common/cardStyles';
import { formatText } from '../../../wording/format';
import { formatWhen, frameworkName } from '../../../wording/frameworkName';
import { ComparePanel } from './ComparePanel';
import { SPACING } from '../../common/spacing';

export interface FrameworkCardProps {
  summary: FrameworkSummary;
  busy: boolean;
  onEdit: () => void;
  onCopy: () => void;
  onExport: () => void;
  onRetire: (retired: boolean) => void;
}

/** One framework: its role and band, its versions (who, when, note) and what an owner can do with it. */
export function FrameworkCard({ summary, busy, onEdit, onCopy, onExport, onRetire }: FrameworkCardProps): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({
    card: [cardStyle(theme, 12), { display: 'grid', gap: SPACING.s1 }],
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'start', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top' } } }
  });
  const [comparing, setComparing] = React.useState(false);
  const name = frameworkName(summary);
  const headingId = `idm-fw-card-${summary.id}`;
  return (
    <article className={classes.card} aria-labelledby={headingId}>
      <Text block as="h3" variant="large" id={headingId} styles={{ root: { margin: 0 } }}>
        {name}
      </Text>
      {name !== summary.title && <Text block as="p" styles={{ root: { margin: 0 } }}>{summary.title}</Text>}
      {summary.retired && (
        <Text block as="p" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.FrameworksRetiredBadge}
        </Text>
      )}
      <div style={{ overflowX: 'auto' }}>
        <table className={classes.table}>
          <caption style={{ textAlign: 'start', fontWeight: 600 }}>{formatText(strings.FrameworksVersionListLabel, name)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.FrameworksVersionColumn}</th>
              <th scope="col">{strings.FrameworksPublishedByColumn}</th>
              <th scope="col">{strings.FrameworksPublishedOnColumn}</th>
              <th scope="col">{strings.FrameworksChangeNoteColumn}</th>
            </tr>
          </thead>
          <tbody>
            {summary.versions.map((version) => (
              <tr key={version.version}>
                <td>{version.version}</td>
                <td>{version.publishedBy ?? ''}</td>
                <td>{formatWhen(version.published)}</td>
                <td style={{ whiteSpace: 'pre-wrap' }}>{version.note || strings.FrameworksNoChangeNote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: SPACING.s1 }}>
        <DefaultButton iconProps={{ iconName: 'Edit' }} onClick={onEdit} disabled={busy}>
          {strings.FrameworksEditFramework}
        </DefaultButton>
        {summary.versions.length > 1 && (
          <DefaultButton iconProps={{ iconName: 'BranchCompare' }} aria-expanded={comparing} onClick={() => setComparing((shown) => !shown)}>
            {strings.FrameworksCompareVersions}
          </DefaultButton>
        )}
        <DefaultButton iconProps={{ iconName: 'Copy' }} onClick={onCopy} disabled={busy}>
          {strings.FrameworksCopyFramework}
        </DefaultButton>
        <DefaultButton iconProps={{ iconName: 'Download' }} onClick={onExport} disabled={busy}>
          {strings.FrameworksExportFramework}
        </DefaultButton>
        <DefaultButton onClick={() => onRetire(!summary.retired)} disabled={busy || summary.versions[0]?.itemId === 0}>
          {summary.retired ? strings.FrameworksRestoreFramework : strings.FrameworksRetireFramework}
        </DefaultButton>
      </div>
      {comparing && <ComparePanel summary={summary} />}
    </article>
  );
}
