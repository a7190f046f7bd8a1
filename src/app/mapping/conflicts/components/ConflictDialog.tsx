import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { findDuty } from '../../../../model';
import type { AreaComments, Framework, MappingEntry, MappingHeader } from '../../../../model';
import type { SaveConflict } from '../../../../services/types';
import { formatText } from '../../../../wording/format';
import type { Resolution } from '../../editor/contract';
import { entryConflictFields, headerConflictFields } from '../conflictFields';
import { initialMerge, mergedEntry, mergedHeader } from '../mergeVersions';
import { MergeForm } from './MergeForm';
import { VersionsList } from './VersionsList';

export interface ConflictDialogProps {
  conflict: SaveConflict;
  framework: Framework;
  /** Your current version of the entry (it may be newer than what was sent). */
  myEntry?: MappingEntry;
  myHeader: { header: MappingHeader; areaComments: AreaComments };
  /** Conflicts waiting, this one included. */
  waiting: number;
  onResolve: (conflict: SaveConflict, resolution: Resolution) => void;
}

/**
 * Someone else changed what you were saving. Shows both versions field by field
 * and lets you keep yours, take theirs, or merge; nothing is overwritten unasked.
 */
export function ConflictDialog({ conflict, framework, myEntry, myHeader, waiting, onResolve }: ConflictDialogProps): JSX.Element {
  const theirName = conflict.modifiedBy ?? strings.MappingSomeoneElse;
  const mine = conflict.kind === 'entry' ? myEntry ?? conflict.mine : undefined;
  const theirHeader = conflict.kind === 'header' ? { header: conflict.theirs, areaComments: conflict.theirAreaComments } : undefined;
  const fields =
    conflict.kind === 'entry'
      ? entryConflictFields(mine ?? conflict.mine, conflict.theirs)
      : headerConflictFields(myHeader, theirHeader ?? myHeader, framework);
  const [merging, setMerging] = React.useState(false);
  const [values, setValues] = React.useState(() => initialMerge(fields));

  const saveMerge = (): void => {
    if (conflict.kind === 'entry') {
      onResolve(conflict, { kind: 'mergedEntry', entry: mergedEntry(mine ?? conflict.mine, conflict.theirs, values) });
    } else {
      const merged = mergedHeader(myHeader, theirHeader ?? myHeader, values);
      onResolve(conflict, { kind: 'mergedHeader', header: merged.header, areaComments: merged.areaComments });
    }
  };
  const dutyText = conflict.kind === 'entry' ? findDuty(framework, conflict.dutyId)?.duty.text : undefined;
  const title = conflict.kind === 'entry' ? strings.MappingConflictTitleEntry : strings.MappingConflictTitleHeader;

  return (
    <Dialog
      hidden={false}
      dialogContentProps={{ type: DialogType.normal, title, showCloseButton: false }}
      modalProps={{ isBlocking: true }}
      minWidth="min(40rem, 95vw)"
      maxWidth="95vw"
    >
      {waiting > 1 && <Text block as="p">{formatText(strings.MappingConflictCount, waiting)}</Text>}
      {dutyText && (
        <Text block as="p">
          <strong>{dutyText}</strong>
        </Text>
      )}
      <Text block as="p">{formatText(strings.MappingConflictIntro, theirName)}</Text>
      {merging ? (
        <MergeForm fields={fields} values={values} theirName={theirName} onChange={setValues} />
      ) : (
        <VersionsList fields={fields} theirName={theirName} />
      )}
      <DialogFooter>
        {merging ? (
          <>
            <PrimaryButton onClick={saveMerge}>{strings.MappingConflictSaveMerged}</PrimaryButton>
            <DefaultButton onClick={() => setMerging(false)}>{strings.MappingBack}</DefaultButton>
          </>
        ) : (
          <>
            <PrimaryButton onClick={() => onResolve(conflict, { kind: 'mine' })}>{strings.MappingConflictKeepMine}</PrimaryButton>
            <DefaultButton onClick={() => onResolve(conflict, { kind: 'theirs' })}>{strings.MappingConflictUseTheirs}</DefaultButton>
            <DefaultButton onClick={() => setMerging(true)}>{strings.MappingConflictMerge}</DefaultButton>
          </>
        )}
      </DialogFooter>
    </Dialog>
  );
}
