import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { recordRequests } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';
import { useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('directory customer context', () => {
  useDirectoryTestEnvironment();

  it('picks a customer by searching, and keeps it in the URL', async () => {
    const { user, router } = await renderApp('/directory', { connection: 'operator' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Users, groups and UPN suffixes' }),
    ).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Customer whose users to open' });
    // Organisation names are no prose: no spelling marks under "Bergwerk".
    expect(picker).toHaveAttribute('spellcheck', 'false');
    await user.type(picker, 'bergwerk');
    await user.click(await screen.findByRole('option', { name: /10000001/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/directory/${DEMO_CUSTOMER_NUMBER}/users`);
  });

  it('opens the chosen section (from the “UPN suffixes” menu entry)', async () => {
    const { user, router } = await renderApp('/directory?section=suffixes', { connection: 'operator' });
    await user.type(
      screen.getByRole('combobox', { name: 'Customer whose upn suffixes to open' }),
      '10000002',
    );
    await user.click(await screen.findByRole('option', { name: /10000002/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'UPN suffixes' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/directory/10000002/suffixes');
  });

  it('switches customer and stays in the same section', async () => {
    const { user, router } = await renderApp(`/directory/${DEMO_CUSTOMER_NUMBER}/groups`, {
      connection: 'operator',
    });
    const context = screen.getByRole('region', { name: 'Customer context' });
    const picker = within(context).getByRole('combobox', { name: 'Customer' });
    await waitFor(() => expect(picker).toHaveValue(`${DEMO_CUSTOMER_NUMBER} · Bergwerk Digital AG`));
    await user.clear(picker);
    await user.type(picker, 'aareblick');
    await user.click(await screen.findByRole('option', { name: /10000002/ }));
    expect(await screen.findByRole('link', { name: 'Treuhand' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/directory/10000002/groups');
    const tabs = screen.getByRole('navigation', { name: 'Directory sections' });
    expect(within(tabs).getByRole('link', { name: 'Groups' })).toHaveAttribute('aria-current', 'page');
  });

  it('fixes the context to the customer of a customer-scoped key', async () => {
    const { router } = await renderApp('/directory', { connection: 'customer' });
    expect(router.state.location.pathname).toBe(`/directory/${DEMO_CUSTOMER_NUMBER}/users`);
    const context = screen.getByRole('region', { name: 'Customer context' });
    expect(context).toHaveTextContent(`Customer ${DEMO_CUSTOMER_NUMBER}`);
    expect(context).toHaveTextContent('This key reaches only this customer');
    expect(within(context).queryByRole('combobox')).not.toBeInTheDocument();

    // Another customer's directory is not for this key: the portal says so.
    await router.navigate({
      to: '/directory/$customerNumber/groups',
      params: { customerNumber: '10000002' },
    });
    expect(router.state.location.pathname).toBe('/');
    expect(
      await screen.findByText(
        `This key reaches only customer ${DEMO_CUSTOMER_NUMBER}, not customer 10000002: this is your account.`,
      ),
    ).toHaveAttribute('role', 'status');
  });

  it('explains an address that holds no customer number where it was typed, and requests nothing', async () => {
    const log = recordRequests();
    const { router } = await renderApp('/directory/abc/users', { connection: 'operator' });
    expect(router.state.location.pathname).toBe('/directory/abc/users');
    expect(screen.getByRole('heading', { level: 1, name: 'Not a customer number' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“abc” is not a customer number');
    expect(screen.getByRole('link', { name: 'Choose a customer' })).toHaveAttribute('href', '/directory');
    expect(log.seen.filter((r) => r.path.includes('/abc'))).toEqual([]);
    log.stop();
  });
});
