import * as React from 'react';
import { MessageBar, MessageBarType, mergeStyleSets } from '@fluentui/react';
import type { JdNote } from '../../../../model/jd/types';
import { noteMessage } from '../noteMessages';

export interface ReadingNotesProps {
  notes: readonly JdNote[];
}

const classes = mergeStyleSets({ notes: { display: 'grid', gap: 8 } });

/** What a person should know about the JD and PS as read: plain notes, never errors. */
export function ReadingNotes({ notes }: ReadingNotesProps): JSX.Element | null {
  const messages = React.useMemo(() => [...new Set(notes.map(noteMessage))], [notes]);
  if (messages.length === 0) {
    return null;
  }
  return (
    <div className={classes.notes}>
      {messages.map((message) => (
        <MessageBar key={message} messageBarType={MessageBarType.info} isMultiline delayedRender={false}>
          {message}
        </MessageBar>
      ))}
    </div>
  );
}
