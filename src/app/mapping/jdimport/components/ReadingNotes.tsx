import * as React from 'react';
import { MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import type { JdNote } from '../../../../model/jd/types';
import { noteMessage } from '../noteMessages';
import { getJdImportPanelClasses } from './jdImportPanel.styles';

export interface ReadingNotesProps {
  notes: readonly JdNote[];
}

/** What a person should know about the JD and PS as read: plain notes, never errors. */
export const ReadingNotes = React.memo(function ReadingNotes({ notes }: ReadingNotesProps): JSX.Element | null {
  const classes = getJdImportPanelClasses(useTheme());
  const messages = React.useMemo(() => [...new Set(notes.map(noteMessage))], [notes]);
  if (messages.length === 0) {
    return null;
  }
  return (
    <div className={classes.section}>
      {messages.map((message) => (
        <MessageBar key={message} messageBarType={MessageBarType.info} isMultiline delayedRender={false}>
          {message}
        </MessageBar>
      ))}
    </div>
  );
});
