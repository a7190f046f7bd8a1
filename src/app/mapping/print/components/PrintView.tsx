import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { completedByNames } from '../../../../model';
import type { AreaComments, Framework, MappingEntry, MappingHeader } from '../../../../model';
import { formatDate } from '../../../../wording/format';
import { PRINT_CSS } from '../printStyles';
import { PrintActionPlan } from './PrintActionPlan';
import { PrintDutyTables } from './PrintDutyTables';

export interface PrintViewProps {
  framework: Framework;
  header: MappingHeader;
  entries: Record<string, MappingEntry>;
  areaComments: AreaComments;
}

/**
 * The mapping as the SoR's form, for the browser's Print and Save as PDF:
 * title and "Against …", the header table, one table per area, the provenance
 * notes, then the action plan. Everything is text: no buttons, no navigation.
 */
export function PrintView({ framework, header, entries, areaComments }: PrintViewProps): JSX.Element {
  const names = completedByNames(header.completedBy);
  return (
    <article aria-label={framework.title}>
      <style>{PRINT_CSS}</style>
      <h1>{framework.title}</h1>
      <p>
        {strings.CommonFrameworkGuidanceLabel} <em>{framework.guidance.title}</em>
      </p>
      <table aria-label={strings.MappingPrintDetailsLabel}>
        <colgroup>
          <col style={{ width: '18%' }} />
          <col style={{ width: '32%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '42%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">{strings.CommonTeamLabel}</th>
            <td>{header.team}</td>
            <th scope="row" rowSpan={3}>
              {strings.CommonFieldNotes}
            </th>
            <td rowSpan={3} className="idm-print-pre">
              {header.notes}
            </td>
          </tr>
          <tr>
            <th scope="row">{strings.CommonExportHeaderCompletedBy}</th>
            <td>{names.join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">{strings.CommonDateCompletedLabel}</th>
            <td>{formatDate(header.dateCompleted)}</td>
          </tr>
        </tbody>
      </table>
      <PrintDutyTables framework={framework} entries={entries} areaComments={areaComments} />
      <section aria-labelledby="idm-print-provenance">
        <h2 id="idm-print-provenance">{strings.CommonFrameworkProvenanceHeading}</h2>
        {framework.provenance.map((note) => (
          <p key={`${note.date}-${note.text.slice(0, 20)}`}>
            <strong>{note.date}:</strong> {note.text}
          </p>
        ))}
      </section>
      <PrintActionPlan framework={framework} entries={entries} />
    </article>
  );
}
