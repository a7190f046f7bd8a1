import * as React from 'react';
import { TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { validateAreaComments } from '../../../../model';
import type { Area, Framework } from '../../../../model';
import { describeProblem } from '../../../common/validationMessages';
import { formatText } from '../../../../wording/format';
import type { EditorActions } from '../../editor/contract';

export interface AreaCommentFieldProps {
  framework: Framework;
  area: Area;
  comment: string;
  /** Set when all areas' comments together are too long to store (they share one column): every area says so. */
  allCommentsError?: string;
  readOnly: boolean;
  actions: EditorActions;
}

/**
 * The comments on one area, under its duties in the cards and in the table: saved when the
 * field loses focus, with this area's own problem first and otherwise the all-areas one.
 */
export function AreaCommentField({ framework, area, comment, allCommentsError, readOnly, actions }: AreaCommentFieldProps): JSX.Element {
  const commentProblem = validateAreaComments({ [area.id]: comment }).find((problem) => problem.field !== 'areaComments');
  const commentError = commentProblem && describeProblem(commentProblem, framework);
  return (
    <TextField
      label={formatText(strings.MappingAreaCommentsLabel, area.title)}
      multiline
      autoAdjustHeight
      rows={2}
      value={comment}
      onChange={(_e, text) => actions.editAreaComment(area.id, text ?? '')}
      onBlur={() => void actions.saveNow()}
      readOnly={readOnly}
      errorMessage={commentError ?? allCommentsError}
    />
  );
}
