import * as React from 'react';
import { tableColumns } from '../tableColumns';

export interface FormColumnsProps {
  /** The headings' role: 'columnheader' in the editable grid, none in print. */
  headerRole?: 'columnheader';
  headerClassName?: string;
}

/** The SoR form's five columns as a table's `colgroup` (their widths) and `thead` (their headings), for the table and print alike. */
export function FormColumns({ headerRole, headerClassName }: FormColumnsProps): JSX.Element {
  const columns = tableColumns();
  return (
    <>
      <colgroup>
        {columns.map((column) => (
          <col key={column.key} style={{ width: `${column.widthPercent}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} role={headerRole} scope="col" className={headerClassName}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
