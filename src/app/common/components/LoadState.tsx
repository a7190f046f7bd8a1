import * as React from 'react';
import { Text } from '@fluentui/react';
import type { AsyncState } from '../hooks/useAsync';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

export interface LoadStateProps<T> {
  /** The load, from `useAsync` or a hook built on it. */
  state: AsyncState<T>;
  /** Said beside the spinner, e.g. "Loading mappings…". */
  loading: string;
  /** What failed, said before the reason, e.g. "We couldn't load the mappings." A Retry button comes with it. */
  failed: string;
  /**
   * When there is nothing to show: `true` before loading (nothing to load), or a test of the loaded
   * data. `emptyMessage` is said instead.
   */
  isEmpty?: boolean | ((data: T) => boolean);
  emptyMessage?: string;
  /** What the loaded data shows as. */
  children: (data: T) => React.ReactNode;
}

/**
 * The loading, failed and empty states every screen's load goes through: a labelled spinner, the
 * failure in plain English with Retry, a sentence when there is nothing to show; else the content.
 */
export function LoadState<T>({ state, loading, failed, isEmpty, emptyMessage, children }: LoadStateProps<T>): JSX.Element {
  const empty = <Text block as="p">{emptyMessage}</Text>;
  if (isEmpty === true) {
    return empty;
  }
  switch (state.status) {
    case 'loading':
      return <Loading label={loading} />;
    case 'error':
      return <ErrorMessage error={state.error} context={failed} onRetry={state.retry} />;
    default:
      return typeof isEmpty === 'function' && isEmpty(state.data) ? empty : <>{children(state.data)}</>;
  }
}
