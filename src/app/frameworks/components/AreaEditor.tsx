import * as React from 'react';
import { ActionButton, IconButton, Stack, Text, TextField, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { addDuty, dutyAt, moveArea, removeArea, updateArea } from '../../../model';
import type { Framework, QsiStandard } from '../../../model';
import { cardStyle } from '../../common/cardStyles';
import { formatText } from '../../../wording/format';
import type { DraftProblems } from '../editorProblems';
import { DutyEditor } from './DutyEditor';
import { SPACING } from '../../common/spacing';

export interface AreaEditorProps {
  framework: Framework;
  index: number;
  problems: DraftProblems;
  onChange: (next: Framework, focusDutyId?: string) => void;
}

/** One area: its title, its QSI references (code and title) and its duties. */
export function AreaEditor({ framework, index, problems, onChange }: AreaEditorProps): JSX.Element {
  const theme = useTheme();
  const classes = mergeStyleSets({ card: [cardStyle(theme, 12), { display: 'grid', gap: SPACING.s1 }] });
  const area = framework.areas[index];
  const at = `areas[${index}]`;
  const heading = formatText(strings.CommonExportAreaHeading, index + 1, area.title || strings.FrameworksAreaUntitled);
  const setQsi = (qsiStandards: QsiStandard[]): void => onChange(updateArea(framework, index, { qsiStandards }));
  const headingId = `idm-fw-area-${area.id}`;

  return (
    <section className={classes.card} aria-labelledby={headingId}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: SPACING.s1 }}>
        <Text block as="h4" variant="large" id={headingId} styles={{ root: { margin: 0 } }}>
          {heading}
        </Text>
        <div>
          <IconButton iconProps={{ iconName: 'Up' }} title={strings.FrameworksMoveUp} ariaLabel={formatText(strings.FrameworksMoveUpLabel, heading)} onClick={() => onChange(moveArea(framework, index, -1))} />
          <IconButton iconProps={{ iconName: 'Down' }} title={strings.FrameworksMoveDown} ariaLabel={formatText(strings.FrameworksMoveDownLabel, heading)} onClick={() => onChange(moveArea(framework, index, 1))} />
          <IconButton iconProps={{ iconName: 'Delete' }} title={strings.FrameworksRemoveItem} ariaLabel={formatText(strings.FrameworksRemoveLabel, heading)} onClick={() => onChange(removeArea(framework, index))} />
        </div>
      </div>
      <TextField
        label={strings.FrameworksAreaTitleLabel}
        value={area.title}
        errorMessage={problems.byPath.get(`${at}.title`) ?? problems.byPath.get(`${at}.id`)}
        onChange={(_e, value) => onChange(updateArea(framework, index, { title: value ?? '' }))}
      />
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, padding: 0 }}>{strings.FrameworksQsiHeading}</legend>
        <Stack tokens={{ childrenGap: 4 }}>
          {area.qsiStandards.map((qsi, q) => (
            <div key={q} style={{ display: 'flex', gap: SPACING.s1, alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <TextField
                label={strings.FrameworksQsiCodeLabel}
                value={qsi.code}
                errorMessage={problems.byPath.get(`${at}.qsiStandards[${q}].code`)}
                styles={{ root: { width: '9rem' } }}
                onChange={(_e, value) => setQsi(area.qsiStandards.map((item, i) => (i === q ? { ...item, code: value ?? '' } : item)))}
              />
              <TextField
                label={strings.FrameworksQsiTitleLabel}
                value={qsi.title}
                errorMessage={problems.byPath.get(`${at}.qsiStandards[${q}].title`)}
                styles={{ root: { flex: 1, minWidth: '12rem' } }}
                onChange={(_e, value) => setQsi(area.qsiStandards.map((item, i) => (i === q ? { ...item, title: value ?? '' } : item)))}
              />
              <IconButton
                iconProps={{ iconName: 'Delete' }}
                title={strings.FrameworksRemoveItem}
                ariaLabel={formatText(strings.FrameworksRemoveQsi, qsi.code || q + 1)}
                onClick={() => setQsi(area.qsiStandards.filter((_item, i) => i !== q))}
              />
            </div>
          ))}
          <ActionButton iconProps={{ iconName: 'Add' }} onClick={() => setQsi([...area.qsiStandards, { code: '', title: '' }])}>
            {strings.FrameworksAddQsi}
          </ActionButton>
        </Stack>
      </fieldset>
      <Text block as="h5" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.FrameworksDutiesHeading}
      </Text>
      {problems.byPath.get(`${at}.duties`) && (
        <Text block role="alert" styles={{ root: { color: theme.semanticColors.errorText } }}>
          {problems.byPath.get(`${at}.duties`)}
        </Text>
      )}
      <ol style={{ margin: 0, padding: 0 }}>
        {area.duties.map((duty, d) => (
          <DutyEditor key={duty.id} framework={framework} path={{ area: index, duties: [d] }} problems={problems} onChange={onChange} />
        ))}
      </ol>
      <div>
        <ActionButton
          iconProps={{ iconName: 'Add' }}
          onClick={() => {
            const added = addDuty(framework, index);
            onChange(added.framework, dutyAt(added.framework, added.path)?.id);
          }}
        >
          {strings.FrameworksAddDuty}
        </ActionButton>
      </div>
    </section>
  );
}
