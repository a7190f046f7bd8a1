import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { mappingRollup, ownerText } from '../../../../model';
import type { Framework, MappingEntry } from '../../../../model';
import { formatDate } from '../../../../wording/format';
import { statusWord } from '../../../../wording/vocabulary';

export interface PrintActionPlanProps {
  framework: Framework;
  entries: Record<string, MappingEntry>;
}

/** Every gap and partly-in-place duty, with what will be done, by whom and by when. */
export function PrintActionPlan({ framework, entries }: PrintActionPlanProps): JSX.Element {
  const gaps = mappingRollup(framework, Object.values(entries)).gaps;
  const areaTitle = new Map(framework.areas.map((area) => [area.id, area.title]));
  return (
    <section aria-labelledby="idm-print-actions">
      <h2 id="idm-print-actions">{strings.CommonExportActionPlanHeading}</h2>
      <p>{strings.MappingPrintActionPlanIntro}</p>
      {gaps.length === 0 ? (
        <p>{strings.MappingPrintNoActions}</p>
      ) : (
        <table>
          <colgroup>
            <col style={{ width: '16%' }} />
            <col style={{ width: '28%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '23%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '9%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{strings.CommonExportSummaryAreaColumn}</th>
              <th scope="col">{strings.CommonExportColumnDuty}</th>
              <th scope="col">{strings.CommonDetailsStatus}</th>
              <th scope="col">{strings.CommonExportColumnAction}</th>
              <th scope="col">{strings.CommonExportColumnOwner}</th>
              <th scope="col">{strings.CommonExportColumnDue}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap) => (
              <tr key={gap.dutyId}>
                <td>{areaTitle.get(gap.areaId)}</td>
                <td>{gap.dutyText}</td>
                <td>{statusWord(gap.status).label}</td>
                <td className="idm-print-pre">{gap.action?.what || strings.MappingPrintNotRecorded}</td>
                <td>{(gap.action && ownerText(gap.action)) || strings.MappingPrintNotRecorded}</td>
                <td>{gap.action?.dueDate ? formatDate(gap.action.dueDate) : strings.MappingPrintNotRecorded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
