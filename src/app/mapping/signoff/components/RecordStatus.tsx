import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { findDuty } from '../../../../model';
import type { Framework } from '../../../../model';
import type { ChangeAfterSignOff, ChangesAfterSignOff, FieldChange, GovernanceRecord, MappingGovernance, RecordDamage } from '../../../../services/governance';
import { formatDate, formatText, formatTime, truncate } from '../../../../wording/format';
import { CHANGE_FIELD_LABELS, changeValueWord } from '../changeWords';

function when(iso: string | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return `${formatDate(date)} ${formatTime(date)}`;
}

const DAMAGE: Readonly<Record<RecordDamage, string>> = {
  notJson: strings.MappingRecordDamageNotJson,
  wrongMapping: strings.MappingRecordDamageWrongMapping,
  hashMismatch: strings.MappingRecordDamageHashMismatch,
  unknownKind: strings.MappingRecordDamageUnknownKind,
  columnsDisagree: strings.MappingRecordDamageColumnsDisagree
};

/**
 * What is known of a record since it was made, in one sentence: intact (its
 * hashes checked), made before hashes, changed (by whom, when) or damaged.
 *
 * @param record - The record.
 * @returns The sentence.
 */
export function integrityText(record: GovernanceRecord): string {
  const integrity = record.integrity;
  switch (integrity.kind) {
    case 'intact':
      return strings.MappingRecordIntact;
    case 'unchecked':
      return integrity.beforeHashes ? strings.MappingRecordBeforeHashes : strings.MappingRecordIntact;
    case 'changed':
      return formatText(strings.MappingRecordChangedAfter, integrity.by, when(integrity.at));
    case 'damaged':
      return formatText(strings.MappingRecordDamaged, DAMAGE[integrity.reason], integrity.by ?? '', when(integrity.at));
  }
}

/** The record's integrity and, when it carries one, its retention label, under the banner of a sign-off. */
export function RecordIntegrityNote({ record }: { record: GovernanceRecord }): JSX.Element {
  return (
    <>
      <Text block>{integrityText(record)}</Text>
      {record.retentionLabel && <Text block>{formatText(strings.MappingRetainedAsRecord, record.retentionLabel)}</Text>}
    </>
  );
}

/** A mapping whose latest record was changed, is damaged or is missing: never shown as draft or signed off. */
export function NeedsCheckingBanner({ governance }: { governance: MappingGovernance }): JSX.Element {
  const problem = governance.problem;
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
      <Text block>
        <strong>{strings.MappingNeedsCheckingHeading}</strong>
      </Text>
      {problem?.kind === 'missingRecord' && <Text block>{formatText(strings.MappingRecordMissing, problem.number)}</Text>}
      {problem?.kind === 'recordChanged' && <Text block>{integrityText(problem.record)}</Text>}
      <Text block>{strings.MappingNeedsCheckingIntro}</Text>
    </MessageBar>
  );
}

/** Values from the record can be long: cut short here, where many changes are listed at once. */
function valueWord(change: FieldChange, value: string): string {
  return truncate(changeValueWord(change, value));
}

function changeHeading(change: ChangeAfterSignOff, framework: Framework): string {
  const subject = change.dutyId === undefined ? strings.MappingChangeDetails : truncate(findDuty(framework, change.dutyId)?.duty.text ?? change.dutyId);
  if (change.kind === 'deleted') {
    return formatText(strings.MappingChangeDeleted, subject);
  }
  return formatText(change.kind === 'added' ? strings.MappingChangeAdded : strings.MappingChangeChanged, subject, change.by ?? '', when(change.at));
}

/** The summary line: how many duties (or the details), by whom. */
export function changedAfterSignOffText(changes: ChangesAfterSignOff): string {
  const what = changes.duties === 0 ? strings.MappingChangedDetailsOnly : changes.duties === 1 ? strings.MappingChangedDutyOne : formatText(strings.MappingChangedDutyMany, changes.duties);
  const who = changes.people.length > 0 ? changes.people.join(', ') : strings.MappingChangedBySomeone;
  return formatText(strings.MappingChangedAfterSignOff, what, who);
}

/**
 * The banner of a signed-off mapping changed since (by REST or SharePoint's
 * own forms, as the app refuses it): each change from the signed value to the
 * value now, deleted and added entries included.
 */
export function ChangesAfterSignOffBanner({ changes, framework }: { changes: ChangesAfterSignOff; framework: Framework }): JSX.Element | null {
  if (!changes.compared) {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {strings.MappingChangesNotCompared}
      </MessageBar>
    );
  }
  if (changes.changes.length === 0) {
    return null;
  }
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
      <Text block>
        <strong>{changedAfterSignOffText(changes)}</strong>
      </Text>
      <Text block>{strings.MappingChangedIntro}</Text>
      <ul aria-label={strings.MappingSignOffChangesListLabel}>
        {changes.changes.map((change) => (
          <li key={`${change.dutyId ?? 'details'}-${change.kind}`}>
            {changeHeading(change, framework)}
            <ul>
              {change.fields.length === 0 && <li>{strings.MappingChangeSameValues}</li>}
              {change.fields.map((field) => (
                <li key={field.field}>
                  {formatText(strings.MappingHistoryChange, CHANGE_FIELD_LABELS[field.field] ?? field.field, valueWord(field, field.from), valueWord(field, field.to))}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </MessageBar>
  );
}
