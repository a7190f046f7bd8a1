import * as React from 'react';
import { Icon } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { emptyEntry } from '../../../../model';
import type { AreaComments, Framework, MappingEntry } from '../../../../model';
import { formatText } from '../../../../wording/format';
import { foundInWord, statusWord } from '../../../../wording/vocabulary';
import { DutyText } from '../../duties/components/DutyText';
import { FormColumns } from '../../table/components/FormColumns';

export interface PrintDutyTablesProps {
  framework: Framework;
  entries: Record<string, MappingEntry>;
  areaComments: AreaComments;
}

/** The form's area tables: five columns, the area and its QSI standards spanning the area's duties. */
export function PrintDutyTables({ framework, entries, areaComments }: PrintDutyTablesProps): JSX.Element {
  return (
    <>
      {framework.areas.map((area) => (
        <section key={area.id} aria-label={area.title}>
          <table>
            <FormColumns />
            <tbody>
              {area.duties.map((duty, index) => {
                const entry = entries[duty.id] ?? emptyEntry(duty.id);
                const status = statusWord(entry.status);
                return (
                  <tr key={duty.id}>
                    {index === 0 && (
                      <td rowSpan={area.duties.length}>
                        <p>{formatText(strings.CommonExportAreaPartA, area.title)}</p>
                        <p>{strings.MappingTableQsiPart}</p>
                        <ul>
                          {area.qsiStandards.map((qsi) => (
                            <li key={qsi.code}>
                              {qsi.code} {qsi.title}
                            </li>
                          ))}
                        </ul>
                      </td>
                    )}
                    <td>
                      <DutyText duty={duty} id={`idm-print-duty-${duty.id}`} />
                    </td>
                    <td>
                      <p>{foundInWord(entry.foundIn).label}</p>
                      {entry.reference && <p className="idm-print-pre">{formatText(strings.MappingTableReference, entry.reference)}</p>}
                    </td>
                    <td className="idm-print-pre">{entry.comments}</td>
                    <td>
                      <span className="idm-print-status">
                        <Icon iconName={status.iconName} aria-hidden />
                        <span>{status.label}</span>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {areaComments[area.id] && <p className="idm-print-pre">{formatText(strings.CommonExportAreaComments, areaComments[area.id])}</p>}
        </section>
      ))}
    </>
  );
}
