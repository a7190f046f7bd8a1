import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

export interface JdCoverageOpenerProps {
  onOpen: () => void;
  /** Back from the view: focus returns here, where the person left. */
  focusOnMount: boolean;
}

/** The overview's way to "JD coverage", the teams' JDs and PSs side by side. */
export function JdCoverageOpener({ onOpen, focusOnMount }: JdCoverageOpenerProps): JSX.Element {
  const button = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (focusOnMount) {
      button.current?.focus();
    }
  }, [focusOnMount]);
  return <DefaultButton elementRef={button} iconProps={{ iconName: 'Compare' }} text={strings.OverviewJdCoverageOpen} onClick={onOpen} />;
}
