import * as React from 'react';
import { Panel, PanelType, Spinner, Text, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { diffWords } from '../../../../model';
import type { AppError } from '../../../../services/errors';
import { isAppError } from '../../../../services/errors';
import type { FieldChange, HistoryEntry } from '../../../../services/governance';
import { ErrorMessage } from '../../../common/components/ErrorMessage';
import { CHANGE_FIELD_LABELS, changeValueWord } from '../changeWords';
import { formatDate, formatText, formatTime } from '../../../../wording/format';

/** Long texts are shown as what was added and removed rather than two whole copies. */
const LONG_TEXT = new Set(['comments', 'notes']);

function Change({ change }: { change: FieldChange }): JSX.Element {
  const theme = useTheme();
  const name = CHANGE_FIELD_LABELS[change.field] ?? change.field;
  if (!LONG_TEXT.has(change.field)) {
    return <li>{formatText(strings.MappingHistoryChange, name, changeValueWord(change, change.from), changeValueWord(change, change.to))}</li>;
  }
  const classes = mergeStyleSets({
    added: { background: theme.palette.greenLight, color: theme.palette.black, textDecoration: 'none' },
    removed: { background: theme.palette.redDark, color: theme.palette.white }
  });
  return (
    <li>
      {name}:{' '}
      {diffWords(change.from, change.to).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} className={classes.added} aria-label={`${strings.MappingHistoryAdded}: ${part.text}`}>
            {part.text}
          </ins>
        ) : (
          <del key={index} className={classes.removed} aria-label={`${strings.MappingHistoryRemoved}: ${part.text}`}>
            {part.text}
          </del>
        )
      )}
    </li>
  );
}

export interface HistoryPanelProps {
  /** What the panel is about, shown under its title. */
  subject: string;
  load: () => Promise<HistoryEntry[]>;
  onDismiss: () => void;
}

/** Who changed what and when, from SharePoint's own version history. */
export function HistoryPanel({ subject, load, onDismiss }: HistoryPanelProps): JSX.Element {
  const [entries, setEntries] = React.useState<HistoryEntry[]>();
  const [error, setError] = React.useState<AppError>();
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setEntries(loaded),
      (failure: unknown) => {
        if (live && isAppError(failure)) {
          setError(failure);
        }
      }
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  return (
    <Panel isOpen type={PanelType.medium} headerText={strings.MappingHistoryPanelTitle} onDismiss={onDismiss} closeButtonAriaLabel={strings.CommonCancel}>
      <Text block styles={{ root: { marginBottom: 12 } }}>
        {subject}
      </Text>
      {error && <ErrorMessage error={error} context={strings.MappingHistoryFailed} onRetry={() => setAttempt((n) => n + 1)} />}
      {!error && !entries && <Spinner label={strings.MappingHistoryLoading} />}
      {entries && entries.length === 0 && <Text>{strings.MappingHistoryEmpty}</Text>}
      {entries && entries.length > 0 && (
        <ol aria-label={strings.MappingHistoryPanelTitle} style={{ paddingInlineStart: 20 }}>
          {entries.map((entry) => {
            const at = new Date(entry.at);
            return (
              <li key={entry.version} style={{ marginBottom: 12 }}>
                <Text block variant="mediumPlus" as="h4" styles={{ root: { margin: 0 } }}>
                  {entry.deletedAfterSignOff ? strings.MappingHistoryDeletedEntry : formatText(strings.MappingHistoryEntry, entry.by, `${formatDate(at)} ${formatTime(at)}`)}
                </Text>
                <ul>
                  {entry.changes.map((change) => (
                    <Change key={change.field} change={change} />
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
