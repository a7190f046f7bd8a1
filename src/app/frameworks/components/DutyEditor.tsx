import * as React from 'react';
import { IconButton, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { MAX_DUTY_DEPTH, addDuty, dutyAt, formatPath, moveDuty, removeDuty, rewordDuty } from '../../../model';
import type { DutyPath, Framework, PathSegment } from '../../../model';
import { formatText } from '../../../wording/format';
import { describeLocation } from '../../common/definitionLocation';
import type { DraftProblems } from '../editorProblems';
import { SPACING } from '../../common/spacing';

export interface DutyEditorProps {
  framework: Framework;
  path: DutyPath;
  problems: DraftProblems;
  onChange: (next: Framework, focusDutyId?: string) => void;
}

/** The id of a duty's text field, so focus can follow the duty when it moves. */
export function dutyFieldId(dutyId: string): string {
  return `idm-fw-duty-${dutyId}`;
}

function jsonPath(path: DutyPath): PathSegment[] {
  const segments: PathSegment[] = ['areas', path.area];
  path.duties.forEach((index, level) => segments.push(level === 0 ? 'duties' : 'children', index));
  return segments;
}

/**
 * One duty (or sub-item) with its wording and the buttons to move, nest and
 * remove it; Alt+Up and Alt+Down move it from the keyboard too. Its sub-items
 * follow, indented, up to the three levels the schema allows.
 */
export function DutyEditor({ framework, path, problems, onChange }: DutyEditorProps): JSX.Element | null {
  const duty = dutyAt(framework, path);
  if (!duty) {
    return null;
  }
  const segments = jsonPath(path);
  const where = describeLocation(segments);
  const position = path.duties[path.duties.length - 1] + 1;
  const label = formatText(path.duties.length === 1 ? strings.FrameworksDutyTextLabel : strings.FrameworksSubItemTextLabel, position);
  const move = (delta: -1 | 1): void => {
    const moved = moveDuty(framework, path, delta);
    if (moved.framework !== framework) {
      onChange(moved.framework, duty.id);
    }
  };
  const addChild = (): void => {
    const added = addDuty(framework, path.area, path);
    onChange(added.framework, dutyAt(added.framework, added.path)?.id);
  };
  const error = problems.byPath.get(formatPath([...segments, 'text'])) ?? problems.byPath.get(formatPath([...segments, 'id'])) ?? problems.byPath.get(formatPath([...segments, 'children']));

  return (
    <li style={{ listStyle: 'none', marginBlockEnd: 8 }}>
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: SPACING.s2 }}>
        <TextField
          id={dutyFieldId(duty.id)}
          label={label}
          multiline
          autoAdjustHeight
          rows={1}
          value={duty.text}
          errorMessage={error}
          styles={{ root: { flex: 1 } }}
          onChange={(_e, value) => onChange(rewordDuty(framework, path, value ?? ''))}
          onKeyDown={(event) => {
            if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
              event.preventDefault();
              move(event.key === 'ArrowUp' ? -1 : 1);
            }
          }}
        />
        <div style={{ display: 'flex', paddingBlockStart: 28 }}>
          <IconButton iconProps={{ iconName: 'Up' }} title={strings.FrameworksMoveUp} ariaLabel={formatText(strings.FrameworksMoveUpLabel, where)} onClick={() => move(-1)} />
          <IconButton iconProps={{ iconName: 'Down' }} title={strings.FrameworksMoveDown} ariaLabel={formatText(strings.FrameworksMoveDownLabel, where)} onClick={() => move(1)} />
          {path.duties.length < MAX_DUTY_DEPTH && (
            <IconButton iconProps={{ iconName: 'AddTo' }} title={strings.FrameworksAddSubItem} ariaLabel={formatText(strings.FrameworksAddSubItemLabel, where)} onClick={addChild} />
          )}
          <IconButton iconProps={{ iconName: 'Delete' }} title={strings.FrameworksRemoveItem} ariaLabel={formatText(strings.FrameworksRemoveLabel, where)} onClick={() => onChange(removeDuty(framework, path))} />
        </div>
      </div>
      {duty.children && duty.children.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 24 }}>
          {duty.children.map((child, index) => (
            <DutyEditor key={child.id} framework={framework} path={{ area: path.area, duties: [...path.duties, index] }} problems={problems} onChange={onChange} />
          ))}
        </ul>
      )}
    </li>
  );
}
