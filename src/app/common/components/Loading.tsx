import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';

export interface LoadingProps {
  /** What is loading, e.g. "Loading mappings…". */
  label: string;
}

/** A labelled spinner, announced politely to screen readers. */
export function Loading({ label }: LoadingProps): JSX.Element {
  return <Spinner size={SpinnerSize.large} label={label} ariaLive="polite" styles={{ root: { padding: 24 } }} />;
}
