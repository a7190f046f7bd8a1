import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

export interface NewFrameworkDetails {
  title: string;
  role: string;
  band: string;
}

export interface NewFrameworkDialogProps {
  /** The title to start from (a copy's source), or blank. */
  suggestedTitle: string;
  onStart: (details: NewFrameworkDetails) => void;
  onDismiss: () => void;
}

/** Names a new framework (blank or a copy): its title, role and band. */
export function NewFrameworkDialog({ suggestedTitle, onStart, onDismiss }: NewFrameworkDialogProps): JSX.Element {
  const [title, setTitle] = React.useState(suggestedTitle);
  const [role, setRole] = React.useState('');
  const [band, setBand] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  const missing = title.trim() === '';
  return (
    <Dialog hidden={false} onDismiss={onDismiss} dialogContentProps={{ type: DialogType.normal, title: strings.FrameworksNewFrameworkDialogTitle }} minWidth="min(28rem, 90vw)">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!missing) {
            onStart({ title: title.trim(), role: role.trim(), band: band.trim() });
          }
        }}
      >
        <Stack tokens={{ childrenGap: 8 }}>
          <TextField
            label={strings.FrameworksNewFrameworkTitleLabel}
            required
            value={title}
            onChange={(_e, v) => setTitle(v ?? '')}
            errorMessage={touched && missing ? strings.FrameworksTitleRequired : undefined}
          />
          <TextField label={strings.CommonExportSummaryRole} value={role} onChange={(_e, v) => setRole(v ?? '')} />
          <TextField label={strings.CommonExportSummaryBand} value={band} onChange={(_e, v) => setBand(v ?? '')} />
        </Stack>
        <DialogFooter>
          <PrimaryButton type="submit">{strings.FrameworksStartEditing}</PrimaryButton>
          <DefaultButton onClick={onDismiss}>{strings.CommonCancel}</DefaultButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
