import * as React from 'react';
import { ActionButton, DefaultButton, PrimaryButton, Text, TextField, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { JdSource } from '../../../../model/jd/types';
import { formatText } from '../../../../wording/format';
import type { DocumentUpload } from '../../../../services/documents';
import type { DocumentState } from '../documentState';
import type { DocumentReader } from '../hooks/useDocumentReader';
import { DocumentStatus } from './DocumentStatus';
import { getDocumentSlotClasses } from './documentSlot.styles';
import { ITEM_HEADING_STYLES } from './jdImportPanel.styles';

export interface DocumentSlotProps {
  source: JdSource;
  state: DocumentState;
  reader: DocumentReader;
  onRetryStore: (upload: DocumentUpload) => void;
}

const ACCEPT = '.docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Choosing the JD or the PS (or replacing the stored one): a .docx or .pdf file, or pasted text, and how reading and storing it went. */
export const DocumentSlot = React.memo(function DocumentSlot({ source, state, reader, onRetryStore }: DocumentSlotProps): JSX.Element {
  const classes = getDocumentSlotClasses(useTheme());
  const title = source === 'jd' ? strings.MappingJdDocumentJd : strings.MappingJdDocumentPs;
  const headingId = `idm-jd-slot-${source}`;
  const input = React.useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = React.useState(false);
  const [pasted, setPasted] = React.useState('');
  const [pasteError, setPasteError] = React.useState<string>();
  const stored = state.status === 'ready' && state.store?.status === 'saved';

  const chosen = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (file) {
      reader.readFile(file);
    }
    // Choosing the same file again (after fixing it) must fire another change.
    event.target.value = '';
  };
  const usePasted = (): void => {
    if (pasted.trim() === '') {
      setPasteError(strings.MappingJdPasteEmpty);
      return;
    }
    setPasteError(undefined);
    reader.readPasted(pasted);
  };

  return (
    <section aria-labelledby={headingId} className={classes.slot}>
      <Text as="h3" id={headingId} variant="mediumPlus" styles={ITEM_HEADING_STYLES}>
        {title}
      </Text>
      <div className={classes.row}>
        <DefaultButton
          iconProps={{ iconName: 'Upload' }}
          onClick={() => input.current?.click()}
          ariaLabel={formatText(stored ? strings.MappingJdReplaceFileAria : strings.MappingJdChooseFileAria, title)}
        >
          {stored ? strings.MappingJdReplaceFile : strings.MappingJdChooseFile}
        </DefaultButton>
        <input ref={input} type="file" accept={ACCEPT} tabIndex={-1} aria-label={formatText(strings.MappingJdChooseFileAria, title)} className={classes.input} onChange={chosen} />
        <ActionButton iconProps={{ iconName: 'Paste' }} aria-expanded={pasting} onClick={() => setPasting((open) => !open)}>
          {strings.MappingJdPasteInstead}
        </ActionButton>
      </div>
      {pasting && (
        <div className={classes.slot}>
          <TextField
            label={formatText(strings.MappingJdPasteLabel, title)}
            multiline
            rows={6}
            value={pasted}
            onChange={(_event, value) => setPasted(value ?? '')}
            errorMessage={pasteError}
          />
          <div>
            <PrimaryButton onClick={usePasted}>{strings.MappingJdUsePasted}</PrimaryButton>
          </div>
        </div>
      )}
      <DocumentStatus title={title} state={state} onRetryStore={onRetryStore} />
    </section>
  );
});
