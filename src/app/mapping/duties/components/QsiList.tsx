import * as React from 'react';
import type { Area } from '../../../../model';

/** An area's QSI standards, each code in bold before its title (the form's column b), in the cards and the table. */
export function QsiList({ area, className, style }: { area: Area; className?: string; style?: React.CSSProperties }): JSX.Element {
  return (
    <ul className={className} style={style}>
      {area.qsiStandards.map((qsi) => (
        <li key={qsi.code}>
          <strong>{qsi.code}</strong> {qsi.title}
        </li>
      ))}
    </ul>
  );
}
