import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

export interface PanelLoadBoundaryProps {
  children: React.ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * The panel's code is fetched when first opened; if that fails (offline, a
 * stale page after an update), say so in place instead of losing the page.
 */
export class PanelLoadBoundary extends React.Component<PanelLoadBoundaryProps, State> {
  public state: State = { failed: false };

  public static getDerivedStateFromError(): State {
    return { failed: true };
  }

  public render(): React.ReactNode {
    if (this.state.failed) {
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline delayedRender={false}>
          {strings.MappingJdReaderFailed}
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
