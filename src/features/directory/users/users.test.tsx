import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readOnlyReason } from '@/api/key-capabilities';
import { clearEndpointFault, failEndpoint, setDataSet } from '@/mocks/demo-controls';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('users list', () => {
  useDirectoryTestEnvironment();

  it('lists name, username and UPN, and the DN once asked for, with umlauts and escaped commas', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    const row = () => screen.getByRole('link', { name: 'Bühl, Kevin' }).closest('tr') as HTMLElement;
    expect(row()).toHaveTextContent(`${CUSTOMER}_1`);
    expect(row()).toHaveTextContent('@bergwerk.ch');
    expect(screen.getByText('10 users')).toHaveAttribute('role', 'status');

    // The DN is an extra column: off at first, one choice away.
    const dn = `CN=Bühl\\, Kevin,OU=Users,OU=${CUSTOMER},OU=Customers,DC=4b42,DC=com`;
    expect(row()).not.toHaveTextContent(dn);
    expect(screen.queryByRole('columnheader', { name: 'DN' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Columns shown' })).getByRole('checkbox', { name: 'DN' }),
    );
    expect(row()).toHaveTextContent(dn);
  });

  it('searches without case or accents and keeps search and sort in the URL', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'MULLER');
    expect(screen.getByText('1 of 10 users')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'Müller, Jürg' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bühl, Kevin' })).not.toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'MULLER' }));

    await user.clear(screen.getByRole('searchbox', { name: 'Search users' }));
    await user.click(screen.getByRole('button', { name: 'Username' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: 'username' }));
    await user.click(screen.getByRole('button', { name: 'Username' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: 'username', dir: 'desc' }));
    expect(screen.getByRole('columnheader', { name: 'Username' })).toHaveAttribute('aria-sort', 'descending');
    const firstRow = screen.getAllByRole('row')[1] as HTMLElement;
    expect(firstRow).toHaveTextContent(`${CUSTOMER}_10`);
  });

  it('finds d’Arcy and O’Neill with the keyboard’s straight apostrophe', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
    const search = screen.getByRole('searchbox', { name: 'Search users' });
    await user.type(search, "d'arcy");
    expect(screen.getByText('1 of 10 users')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'd’Arcy, Zoë' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, "o'neill");
    expect(screen.getByRole('link', { name: 'O’Neill, Siobhán' })).toBeInTheDocument();
  });

  it('undoes a new order with Back, while the typed search adds no step to go back through', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Username' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'bergwerk');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'bergwerk', sort: 'username' }));

    await act(() => router.history.back());
    expect(await screen.findByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: 'Username' })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('');
    expect(screen.getByText('10 users')).toHaveAttribute('role', 'status');
  });

  it('restores search and sort from the URL after a reload', async () => {
    await renderApp(`/directory/${CUSTOMER}/users?q=favre&sort=upn&dir=desc`, { connection: 'operator' });
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('favre');
    expect(screen.getByText('1 of 10 users')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('columnheader', { name: 'UPN' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows 10 000 users a window at a time and filters them', async () => {
    setDataSet('large');
    const { user } = await renderApp('/directory/10000010/users', { connection: 'operator' });
    expect(screen.getByText(/^10[,’'.\s]?000 users$/)).toHaveAttribute('role', 'status');
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    // Only the rows in view (plus overscan) are in the DOM.
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), '10000010_9999');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('says why “New user” is off for a read-only key', async () => {
    await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'readonly' });
    const button = screen.getByRole('button', { name: 'New user' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(readOnlyReason());
  });

  it('shows a load failure with its meaning and a retry', async () => {
    // A 4xx: not retried automatically, so the page shows it at once.
    failEndpoint('user.list', { status: 409, code: 'locked' });
    const { user } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('locked');
    expect(alert).toHaveTextContent('because there is already an Action running');
    clearEndpointFault('user.list');
    within(alert).getByRole('button', { name: 'Try again' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Bühl, Kevin' })).toBeInTheDocument();
    // The panel went with its button: the keyboard's place is the page's heading.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('goes to a user from its row, and back keeps the search', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/users?q=buhl`, {
      connection: 'operator',
    });
    await user.click(screen.getByRole('link', { name: 'Bühl, Kevin' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bühl, Kevin' })).toBeInTheDocument();
    await act(() => router.history.back());
    expect(await screen.findByRole('searchbox', { name: 'Search users' })).toHaveValue('buhl');
  });
});
