import * as React from 'react';
import { ActionButton, IconButton, Stack, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, ProvenanceNote } from '../../../model';
import { formatText } from '../../../wording/format';
import type { DraftProblems } from '../editorProblems';
import { problemUnder } from '../editorProblems';
import { SPACING } from '../../common/spacing';

export interface DetailsEditorProps {
  framework: Framework;
  problems: DraftProblems;
  onChange: (next: Framework) => void;
}

/** Blank optional text is left out of the framework rather than stored empty. */
function optional(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function withOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): T {
  const next = { ...target };
  if (value === undefined) {
    delete next[key];
  } else {
    next[key] = value;
  }
  return next;
}

/** The framework's own fields: title, role and band, guidance, introduction and provenance notes. */
export function DetailsEditor({ framework, problems, onChange }: DetailsEditorProps): JSX.Element {
  // The introduction is typed as lines; a line being typed may be blank for a moment, so the raw text is kept here.
  const [introduction, setIntroduction] = React.useState(framework.introduction.join('\n'));
  const setProvenance = (provenance: ProvenanceNote[]): void => onChange({ ...framework, provenance });
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <TextField label={strings.FrameworksTitleLabel} required value={framework.title} errorMessage={problems.byPath.get('title')} onChange={(_e, v) => onChange({ ...framework, title: v ?? '' })} />
      <div style={{ display: 'flex', gap: SPACING.s1, flexWrap: 'wrap' }}>
        <TextField
          label={strings.CommonExportSummaryRole}
          value={framework.role ?? ''}
          errorMessage={problems.byPath.get('role')}
          styles={{ root: { flex: 2, minWidth: '12rem' } }}
          onChange={(_e, v) => onChange(withOptional(framework, 'role', optional(v)))}
        />
        <TextField
          label={strings.CommonExportSummaryBand}
          value={framework.band ?? ''}
          errorMessage={problems.byPath.get('band')}
          styles={{ root: { flex: 1, minWidth: '10rem' } }}
          onChange={(_e, v) => onChange(withOptional(framework, 'band', optional(v)))}
        />
      </div>
      <TextField
        label={strings.FrameworksGuidanceTitleLabel}
        value={framework.guidance.title}
        errorMessage={problems.byPath.get('guidance.title')}
        onChange={(_e, v) => onChange({ ...framework, guidance: { ...framework.guidance, title: v ?? '' } })}
      />
      <TextField
        label={strings.FrameworksGuidanceLinkLabel}
        type="url"
        value={framework.guidance.url ?? ''}
        errorMessage={problems.byPath.get('guidance.url')}
        onChange={(_e, v) => onChange({ ...framework, guidance: withOptional(framework.guidance, 'url', optional(v)) })}
      />
      <TextField
        label={strings.FrameworksIntroductionLabel}
        multiline
        autoAdjustHeight
        value={introduction}
        errorMessage={problemUnder(problems, 'introduction')}
        onChange={(_e, v) => {
          setIntroduction(v ?? '');
          onChange({ ...framework, introduction: (v ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '') });
        }}
      />
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, padding: 0 }}>{strings.FrameworksProvenanceHeading}</legend>
        {framework.provenance.map((note, i) => (
          <div key={i} style={{ display: 'flex', gap: SPACING.s1, alignItems: 'flex-end', flexWrap: 'wrap' }}>
            <TextField
              label={strings.FrameworksProvenanceDateLabel}
              value={note.date}
              errorMessage={problems.byPath.get(`provenance[${i}].date`)}
              styles={{ root: { width: '10rem' } }}
              onChange={(_e, v) => setProvenance(framework.provenance.map((n, j) => (j === i ? { ...n, date: v ?? '' } : n)))}
            />
            <TextField
              label={strings.FrameworksProvenanceTextLabel}
              multiline
              autoAdjustHeight
              value={note.text}
              errorMessage={problems.byPath.get(`provenance[${i}].text`)}
              styles={{ root: { flex: 1, minWidth: '14rem' } }}
              onChange={(_e, v) => setProvenance(framework.provenance.map((n, j) => (j === i ? { ...n, text: v ?? '' } : n)))}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={strings.FrameworksRemoveItem}
              ariaLabel={formatText(strings.FrameworksRemoveProvenance, i + 1)}
              onClick={() => setProvenance(framework.provenance.filter((_n, j) => j !== i))}
            />
          </div>
        ))}
        <ActionButton iconProps={{ iconName: 'Add' }} onClick={() => setProvenance([...framework.provenance, { date: '', text: '' }])}>
          {strings.FrameworksAddProvenance}
        </ActionButton>
      </fieldset>
    </Stack>
  );
}
