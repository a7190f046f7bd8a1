import * as React from 'react';
import { setIconOptions } from '@fluentui/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { AppError } from '../../../src/services/errors';
import { LoadState } from '../../../src/app/common/components/LoadState';
import type { AsyncState } from '../../../src/app/common/hooks/useAsync';

setIconOptions({ disableWarnings: true });

const LOADING = 'Loading the teams…';
const FAILED = "We couldn't load the teams.";
const EMPTY = 'There are no teams yet.';

function show(state: AsyncState<string[]>, isEmpty?: boolean | ((data: string[]) => boolean)): void {
  render(
    <LoadState state={state} loading={LOADING} failed={FAILED} isEmpty={isEmpty} emptyMessage={EMPTY}>
      {(teams) => <ul aria-label="Teams">{teams.map((team) => <li key={team}>{team}</li>)}</ul>}
    </LoadState>
  );
}

describe('the shared loading, failed and empty states', () => {
  it('says what is loading', () => {
    show({ status: 'loading' });
    expect(screen.getByText(LOADING)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says what failed and why, and tries again on Retry', async () => {
    const retry = jest.fn();
    show({ status: 'error', error: new AppError('forbidden'), retry });
    expect(screen.getByRole('alert')).toHaveTextContent(FAILED);
    expect(screen.getByRole('alert')).toHaveTextContent(strings.CommonErrorForbidden);
    await userEvent.setup().click(screen.getByRole('button', { name: strings.CommonRetry }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('shows the loaded content', () => {
    show({ status: 'ready', data: ['MRI North', 'CT South'], reload: jest.fn() }, (teams) => teams.length === 0);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['MRI North', 'CT South']);
    expect(screen.queryByText(EMPTY)).not.toBeInTheDocument();
  });

  it('says there is nothing to show when the loaded data is empty', () => {
    show({ status: 'ready', data: [], reload: jest.fn() }, (teams) => teams.length === 0);
    expect(screen.getByText(EMPTY)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says there is nothing to show, without a spinner, when there is nothing to load', () => {
    show({ status: 'loading' }, true);
    expect(screen.getByText(EMPTY)).toBeInTheDocument();
    expect(screen.queryByText(LOADING)).not.toBeInTheDocument();
  });
});
