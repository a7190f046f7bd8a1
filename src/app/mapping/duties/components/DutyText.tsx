import * as React from 'react';
import type { Duty } from '../../../../model';

export interface DutyTextProps {
  duty: Duty;
  /** Id of the element holding the duty's own text, for aria-labelledby. */
  id: string;
}

function SubItems({ duties }: { duties: Duty[] }): JSX.Element {
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 24 }}>
      {duties.map((child) => (
        <li key={child.id}>
          {child.text}
          {child.children && child.children.length > 0 && <SubItems duties={child.children} />}
        </li>
      ))}
    </ul>
  );
}

/** A duty's text with its nested sub-items as nested lists. */
export function DutyText({ duty, id }: DutyTextProps): JSX.Element {
  return (
    <div>
      <p id={id} style={{ margin: 0, fontWeight: 600 }}>
        {duty.text}
      </p>
      {duty.children && duty.children.length > 0 && <SubItems duties={duty.children} />}
    </div>
  );
}
