import * as React from 'react';
import { ActionButton, DefaultButton, MessageBar, MessageBarType, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { blankFramework, copyFramework, frameworkIdFrom, readFrameworkFile, writeFrameworkFile } from '../../../model';
import type { Framework } from '../../../model';
import type { AppError } from '../../../services/errors';
import type { FrameworkSummary } from '../../../services/frameworks';
import { useServices } from '../../shell/services/ServicesContext';
import { ErrorMessage } from '../../common/components/ErrorMessage';
import { Loading } from '../../common/components/Loading';
import { toAppError } from '../../../services/toAppError';
import { formatText } from '../../../wording/format';
import { describeDefinitionError } from '../../common/definitionMessages';
import { downloadText } from '../downloadText';
import { frameworkName } from '../../../wording/frameworkName';
import { useFrameworkList } from '../hooks/useFrameworkList';
import { FrameworkCard } from './FrameworkCard';
import { FrameworkEditor } from './FrameworkEditor';
import { NewFrameworkDialog } from './NewFrameworkDialog';
import type { NewFrameworkDetails } from './NewFrameworkDialog';
import { SPACING } from '../../common/spacing';

export interface FrameworksPageProps {
  onBack: () => void;
}

type Editing = { framework: Framework; basedOnVersion: number; retired: boolean };
type Notice = { kind: 'success' | 'error'; text: string } | undefined;

/**
 * Owners' framework management: the site's frameworks with their versions,
 * editing and publishing, comparing, retiring, copying, and sharing as JSON.
 * Only Owners reach it; SharePoint refuses anyone else's writes to the list.
 */
export function FrameworksPage({ onBack }: FrameworksPageProps): JSX.Element {
  const services = useServices();
  const list = useFrameworkList();
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [naming, setNaming] = React.useState<{ source?: FrameworkSummary } | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<AppError | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice>(undefined);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const frameworks = list.status === 'ready' ? list.data : [];

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setNotice(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(toAppError(error));
    } finally {
      setBusy(false);
    }
  };
  const edit = (summary: FrameworkSummary): Promise<void> =>
    run(async () => {
      const usable = await services.frameworks.getNewestValid(summary.id);
      setEditing({ framework: usable.framework, basedOnVersion: summary.latestVersion, retired: summary.retired });
    });
  const exportFramework = (summary: FrameworkSummary): Promise<void> =>
    run(async () => {
      const usable = await services.frameworks.getNewestValid(summary.id);
      downloadText(writeFrameworkFile(usable.framework), `${summary.id}-v${usable.framework.version}.json`, 'application/json');
    });
  const retire = (summary: FrameworkSummary, retired: boolean): Promise<void> =>
    run(async () => {
      await services.frameworks.setRetired(summary.id, retired);
      if (list.status === 'ready') {
        list.reload();
      }
    });
  const start = (details: NewFrameworkDetails): void => {
    const source = naming?.source;
    setNaming(undefined);
    void run(async () => {
      const id = frameworkIdFrom(details.role || details.title, frameworks.map((f) => f.id));
      const base = source ? copyFramework((await services.frameworks.getNewestValid(source.id)).framework, id, details.title) : blankFramework(id, details.title);
      const framework: Framework = { ...base, title: details.title };
      delete framework.role;
      delete framework.band;
      if (details.role) {
        framework.role = details.role;
      }
      if (details.band) {
        framework.band = details.band;
      }
      setEditing({ framework, basedOnVersion: 0, retired: false });
    });
  };
  const importFile = async (file: File): Promise<void> => {
    setNotice(undefined);
    const result = readFrameworkFile(await file.text(), file.size);
    if (!result.ok) {
      setNotice({ kind: 'error', text: `${strings.FrameworksImportFailed} ${result.error.path ? formatText(strings.FrameworksImportProblemAt, result.error.path, describeDefinitionError(result.error)) : describeDefinitionError(result.error)}` });
      return;
    }
    const clash = frameworks.find((f) => f.id.toLowerCase() === result.framework.id.toLowerCase());
    if (clash) {
      setNotice({ kind: 'error', text: `${strings.FrameworksImportFailed} ${formatText(strings.FrameworksImportIdClash, result.framework.id, frameworkName(clash))}` });
      return;
    }
    setNotice({ kind: 'success', text: formatText(strings.FrameworksImportDone, result.framework.title) });
    setEditing({ framework: { ...result.framework, version: 1 }, basedOnVersion: 0, retired: false });
  };

  if (editing) {
    return (
      <FrameworkEditor
        key={`${editing.framework.id}@${editing.basedOnVersion}`}
        initial={editing.framework}
        basedOnVersion={editing.basedOnVersion}
        retired={editing.retired}
        onClose={() => setEditing(undefined)}
        onPublished={(published) => {
          setEditing(undefined);
          setNotice({ kind: 'success', text: formatText(strings.FrameworksPublished, published.version) });
          if (list.status === 'ready') {
            list.reload();
          }
        }}
      />
    );
  }

  return (
    <section aria-labelledby="idm-frameworks-heading" style={{ display: 'grid', gap: SPACING.m }}>
      <div>
        <ActionButton iconProps={{ iconName: 'Back' }} onClick={onBack}>
          {strings.CommonBackToMappings}
        </ActionButton>
      </div>
      <Text block as="h2" variant="xLarge" id="idm-frameworks-heading" styles={{ root: { margin: 0 } }}>
        {strings.FrameworksFrameworksHeading}
      </Text>
      <Text block as="p" styles={{ root: { margin: 0 } }}>
        {strings.FrameworksFrameworksIntro}
      </Text>
      {notice && (
        <MessageBar messageBarType={notice.kind === 'success' ? MessageBarType.success : MessageBarType.error} isMultiline delayedRender={false}>
          {notice.text}
        </MessageBar>
      )}
      {failure && <ErrorMessage error={failure} />}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: SPACING.s1 }}>
        <DefaultButton iconProps={{ iconName: 'Add' }} onClick={() => setNaming({})} disabled={busy || list.status !== 'ready'}>
          {strings.FrameworksNewBlankFramework}
        </DefaultButton>
        <DefaultButton iconProps={{ iconName: 'Upload' }} onClick={() => fileInput.current?.click()} disabled={busy || list.status !== 'ready'}>
          {strings.FrameworksImportFramework}
        </DefaultButton>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label={strings.FrameworksImportChooseFile}
          style={{ display: 'none' }}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) {
              void importFile(file);
            }
          }}
        />
      </div>
      {list.status === 'loading' && <Loading label={strings.CommonFrameworkLoadingFrameworks} />}
      {list.status === 'error' && <ErrorMessage error={list.error} context={strings.FrameworksFrameworksLoadFailed} onRetry={list.retry} />}
      {frameworks.map((summary) => (
        <FrameworkCard
          key={summary.id}
          summary={summary}
          busy={busy}
          onEdit={() => void edit(summary)}
          onCopy={() => setNaming({ source: summary })}
          onExport={() => void exportFramework(summary)}
          onRetire={(retired) => void retire(summary, retired)}
        />
      ))}
      {naming && (
        <NewFrameworkDialog
          suggestedTitle={naming.source ? formatText(strings.FrameworksNewFrameworkCopyOf, naming.source.title) : ''}
          onStart={start}
          onDismiss={() => setNaming(undefined)}
        />
      )}
    </section>
  );
}
