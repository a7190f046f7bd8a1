import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Text, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { MULTI_LINE_TEXT_MAX } from '../../../../model/limits';

export interface NoteDialogProps {
  kind: 'signOff' | 'reopen';
  busy: boolean;
  onConfirm: (text: string) => void;
  onCancel: () => void;
}

/** Asks for the sign-off note or the reason for reopening (a reason is required). */
export function NoteDialog({ kind, busy, onConfirm, onCancel }: NoteDialogProps): JSX.Element {
  const [text, setText] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const signOff = kind === 'signOff';
  const missing = !signOff && text.trim() === '';
  const confirm = (): void => {
    setTried(true);
    if (!missing) {
      onConfirm(text.trim());
    }
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : onCancel}
      dialogContentProps={{ type: DialogType.normal, title: signOff ? strings.MappingSignOffDialogTitle : strings.MappingReopenDialogTitle }}
      modalProps={{ isBlocking: true }}
    >
      <Text block styles={{ root: { marginBottom: 12 } }}>
        {signOff ? strings.MappingSignOffDialogIntro : strings.MappingReopenDialogIntro}
      </Text>
      <TextField
        label={signOff ? strings.MappingSignOffNoteLabel : strings.MappingReopenReasonLabel}
        multiline
        rows={3}
        required={!signOff}
        maxLength={MULTI_LINE_TEXT_MAX}
        value={text}
        onChange={(_e, value) => setText(value ?? '')}
        errorMessage={tried && missing ? strings.MappingReopenReasonRequired : undefined}
        disabled={busy}
      />
      <DialogFooter>
        <PrimaryButton onClick={confirm} disabled={busy} text={busy ? strings.MappingSigningOff : signOff ? strings.MappingSignOffConfirm : strings.MappingReopenConfirm} />
        <DefaultButton onClick={onCancel} disabled={busy} text={strings.CommonCancel} />
      </DialogFooter>
    </Dialog>
  );
}
