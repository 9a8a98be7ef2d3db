import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { learnRestriction } from '@/api/key-capabilities';
import { customerKeys } from '@/api/queries/customers';
import { setThemePreference } from '@/features/theme/theme-store';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { recordRequests } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

const PALETTE = 'Go to a page, a record or an action';

async function openPalette(user: UserEvent) {
  await user.keyboard('{Control>}k{/Control}');
  return screen.findByRole('combobox', { name: PALETTE });
}

// The palette's options only: the header's language select has options of its own.
const results = () => within(screen.getByRole('dialog', { name: 'Command palette' }));
const optionNames = () =>
  results()
    .queryAllByRole('option')
    .map((o) => o.textContent ?? '');
const activeOption = (combobox: HTMLElement) => {
  const id = combobox.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('command palette', { timeout: 20_000 }, () => {
  afterEach(() => setThemePreference('system'));

  it('opens with Ctrl+K, filters as you type, and goes to a cached customer with arrows and Enter', async () => {
    const { user, router } = await renderApp('/customers', { connection: 'operator' });
    const combobox = await openPalette(user);
    await waitFor(() => expect(combobox).toHaveFocus());
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeInTheDocument();
    // Before typing: pages and actions, no records.
    expect(screen.getByRole('group', { name: 'Pages' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Actions' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Customers' })).not.toBeInTheDocument();

    await user.type(combobox, 'ag');
    const customers = within(screen.getByRole('group', { name: 'Customers' })).getAllByRole('option');
    expect(customers.length).toBeGreaterThan(1);
    expect(optionNames()).not.toContain(expect.stringMatching(/^Servers/));
    const target = customers.findIndex((o) => o.textContent?.includes('Rheinhafen Logistik AG'));
    expect(target).toBeGreaterThan(0);
    const first = results().getAllByRole('option')[0] as HTMLElement;
    expect(activeOption(combobox)).toBe(first);
    expect(first).toHaveAttribute('aria-selected', 'true');

    const offset = results()
      .getAllByRole('option')
      .indexOf(customers[target] as HTMLElement);
    for (let i = 0; i < offset; i++) await user.keyboard('{ArrowDown}');
    expect(activeOption(combobox)).toHaveTextContent('Rheinhafen Logistik AG');
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: /Rheinhafen Logistik AG/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/customers\/\d{8}$/);
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument();
  });

  it('offers only customers already in the cache, and asks the API for nothing', async () => {
    const { user, queryClient } = await renderApp('/', { connection: 'operator' });
    queryClient.setQueryData(customerKeys.list(), [{ name: '10000001', description: 'Cached Ltd' }]);
    const requests = recordRequests();
    const combobox = await openPalette(user);

    await user.type(combobox, 'cached');
    expect(screen.getByRole('option', { name: /Cached Ltd/ })).toBeInTheDocument();
    await user.clear(combobox);
    // A seeded customer the console has not read yet.
    await user.type(combobox, 'Rheinhafen');
    expect(results().queryByRole('option')).not.toBeInTheDocument();
    expect(screen.getByText('Nothing matches “Rheinhafen”.')).toHaveAttribute('role', 'status');
    expect(requests.seen).toEqual([]);
    requests.stop();
  });

  it('shows why an action is off, and Enter does nothing there', async () => {
    const { user, router } = await renderApp('/', { connection: 'operator' });
    learnRestriction({
      code: 'METHOD_RESTRICTED',
      endpointId: 'customer.create',
      method: 'POST',
      path: '/v1/customer',
      customerNumber: null,
      at: Date.now(),
    });
    const combobox = await openPalette(user);
    await user.type(combobox, 'new customer');

    const option = screen.getByRole('option', { name: /New customer/ });
    expect(option).toHaveAttribute('aria-disabled', 'true');
    expect(option).toHaveTextContent('This key may not create customers (403 METHOD_RESTRICTED).');
    expect(activeOption(combobox)).toBe(option);
    await user.keyboard('{Enter}');
    expect(combobox).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('closes with Escape and gives focus back to where it was', async () => {
    const { user } = await renderApp('/customers', { connection: 'operator' });
    const search = screen.getByRole('searchbox', { name: 'Search customers' });
    await user.click(search);
    const combobox = await openPalette(user);
    await waitFor(() => expect(combobox).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('combobox', { name: PALETTE })).not.toBeInTheDocument());
    expect(search).toHaveFocus();

    // The header button opens it too, and Escape returns there.
    const button = screen.getByRole('button', { name: /^Search…/ });
    await user.click(button);
    const again = await screen.findByRole('combobox', { name: PALETTE });
    await waitFor(() => expect(again).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('puts focus on the new page’s heading after going there, and back on the button after Escape', async () => {
    const { user, router } = await renderApp('/', { connection: 'operator' });
    const button = screen.getByRole('button', { name: /^Search…/ });
    await user.click(button);
    const combobox = await screen.findByRole('combobox', { name: PALETTE });
    await waitFor(() => expect(combobox).toHaveFocus());
    await user.type(combobox, 'customers');
    await user.click(results().getByRole('option', { name: /^Customers/ }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Customers' });
    expect(router.state.location.pathname).toBe('/customers');
    await waitFor(() => expect(heading).toHaveFocus());

    // Closed without going anywhere: focus goes back to what opened the palette.
    await user.click(button);
    const again = await screen.findByRole('combobox', { name: PALETTE });
    await waitFor(() => expect(again).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveFocus());
    expect(router.state.location.pathname).toBe('/customers');
  });

  it('gives a customer key no operator areas and only its own records', async () => {
    const { user, queryClient } = await renderApp('/', { connection: 'customer' });
    queryClient.setQueryData(customerKeys.list(), [
      { name: DEMO_CUSTOMER_NUMBER, description: 'Own Ltd' },
      { name: '10000002', description: 'Other Ltd' },
    ]);
    const combobox = await openPalette(user);
    const pages = within(screen.getByRole('group', { name: 'Pages' }));
    expect(pages.getByRole('option', { name: /Your account/ })).toBeInTheDocument();
    for (const name of [/^Customers/, /^DNS zones/, /^Servers/, /^Internet resources/, /^Tools/])
      expect(pages.queryByRole('option', { name })).not.toBeInTheDocument();
    const actions = within(screen.getByRole('group', { name: 'Actions' }));
    expect(actions.queryByRole('option', { name: /New customer/ })).not.toBeInTheDocument();
    expect(actions.queryByRole('option', { name: /New zone/ })).not.toBeInTheDocument();
    expect(actions.getByRole('option', { name: /New user/ })).toHaveTextContent(
      `For customer ${DEMO_CUSTOMER_NUMBER}`,
    );

    await user.type(combobox, 'ltd');
    expect(screen.getByRole('option', { name: /Own Ltd/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Other Ltd/ })).not.toBeInTheDocument();
  });

  it('finds an area’s own pages once something is typed, and names them among recent pages', async () => {
    const { user, router } = await renderApp('/', { connection: 'operator' });
    let combobox = await openPalette(user);
    const pages = within(screen.getByRole('group', { name: 'Pages' }));
    expect(pages.getByRole('option', { name: /^Internet resources/ })).toBeInTheDocument();
    expect(pages.queryByRole('option', { name: /Layer-2 tunnel/ })).not.toBeInTheDocument();

    await user.type(combobox, 'tunnel');
    expect(activeOption(combobox)).toHaveTextContent(/^Layer-2 tunnel\s*Internet resources/);
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Layer-2 tunnel to an exchange' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/internet/tunnel');

    // Found by a word it is known by, not only by its name.
    combobox = await openPalette(user);
    await user.type(combobox, 'poster');
    expect(activeOption(combobox)).toHaveTextContent(/^Movie lookup\s*Tools/);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/tools/movie'));

    await openPalette(user);
    const recent = within(screen.getByRole('group', { name: 'Recent' }));
    expect(recent.getByRole('option', { name: /Layer-2 tunnel/ })).toHaveTextContent('Internet resources');
  });

  it('names each section for screen readers, one of two words too', async () => {
    const { user } = await renderApp('/dns/500001', { connection: 'operator' });
    await screen.findByRole('link', { name: 'bergwerk.shop' });
    await user.type(await openPalette(user), 'shop');
    const zones = within(screen.getByRole('group', { name: 'DNS zones' }));
    expect(zones.getByRole('option', { name: /^bergwerk\.shop/ })).toBeInTheDocument();
  });

  it('names an IDN zone as the zone list does, and finds it by either form', async () => {
    const { user, router } = await renderApp('/dns/500001', { connection: 'operator' });
    await screen.findByRole('link', { name: /zürich-bergwerk\.ch/ });
    const combobox = await openPalette(user);
    await user.type(combobox, 'zürich');
    const zones = () => within(screen.getByRole('group', { name: 'DNS zones' }));
    expect(zones().getByRole('option', { name: /^zürich-bergwerk\.ch/ })).toBeInTheDocument();
    await user.clear(combobox);
    await user.type(combobox, 'xn--zrich');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'zürich-bergwerk.ch' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dns/500001/xn--zrich-bergwerk-gsb.ch');

    // The visit is named the same way among recent pages.
    await user.click(screen.getByRole('link', { name: 'Home' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await openPalette(user);
    const recent = within(screen.getByRole('group', { name: 'Recent' }));
    expect(recent.getByRole('option', { name: /^Zone zürich-bergwerk\.ch/ })).toBeInTheDocument();
  });

  it('finds a server by its hostname, as the server list names it, and names its visit so', async () => {
    const { user, router } = await renderApp('/servers', { connection: 'operator' });
    await screen.findByRole('link', { name: '300101' });
    const combobox = await openPalette(user);
    await user.type(combobox, 'web01');
    const servers = within(screen.getByRole('group', { name: 'Servers' }));
    expect(servers.getByRole('option', { name: /^web01\.bergwerk\.ch/ })).toHaveTextContent('Server 300101');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'web01.bergwerk.ch' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/servers/300101');

    await user.click(screen.getByRole('link', { name: 'Home' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await openPalette(user);
    const recent = within(screen.getByRole('group', { name: 'Recent' }));
    expect(recent.getByRole('option', { name: /^web01\.bergwerk\.ch/ })).toBeInTheDocument();
  });

  it('finds an AS number and an exchange already read, and opens their list searched for them', async () => {
    const { user, router } = await renderApp('/internet/asns', { connection: 'operator' });
    await screen.findByRole('table', { name: /AS numbers/ });
    let combobox = await openPalette(user);
    await user.type(combobox, '64500');
    const internet = within(screen.getByRole('group', { name: 'Internet resources' }));
    expect(internet.getByRole('option', { name: /^AS64500 RHEINHAFEN-AS/ })).toHaveTextContent('AS number');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'AS64500' }));
    expect(router.state.location.pathname).toBe('/internet/asns');
    const table = screen.getByRole('table', { name: /AS numbers/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('cell', { name: 'RHEINHAFEN-AS' })).toBeInTheDocument();

    // Exchanges only once read: the palette asks the API for nothing.
    combobox = await openPalette(user);
    await user.type(combobox, 'SwissIX');
    expect(screen.queryByRole('group', { name: 'Internet resources' })).not.toBeInTheDocument();
  });

  it('finds an exchange by name once the exchanges were read', async () => {
    const { user, router } = await renderApp('/internet/exchanges', { connection: 'operator' });
    await screen.findByRole('table', { name: /exchanges/i });
    const combobox = await openPalette(user);
    await user.type(combobox, 'swiss');
    const internet = within(screen.getByRole('group', { name: 'Internet resources' }));
    expect(internet.getByRole('option', { name: /^SwissIX/ })).toHaveTextContent('Internet exchange');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'SwissIX' }));
  });

  it('lists recently visited records, and runs actions: theme and request log', async () => {
    const { user } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, { connection: 'operator' });
    await screen.findByRole('heading', { level: 1, name: /Bergwerk Digital AG/ });
    await user.click(screen.getByRole('link', { name: 'Home' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });

    let combobox = await openPalette(user);
    const recent = within(screen.getByRole('group', { name: 'Recent' }));
    expect(recent.getByRole('option', { name: /Bergwerk Digital AG/ })).toBeInTheDocument();

    await user.type(combobox, 'switch theme');
    expect(activeOption(combobox)).toHaveTextContent('Switch theme');
    await user.keyboard('{Enter}');
    expect(document.documentElement).toHaveClass('dark');

    combobox = await openPalette(user);
    await user.type(combobox, 'request log');
    expect(activeOption(combobox)).toHaveTextContent('Open request log');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: /Request log/ })).toBeInTheDocument();
  });
});

describe('the / shortcut', { timeout: 20_000 }, () => {
  it('focuses the list search box, but types a slash in a text field', async () => {
    const { user } = await renderApp('/customers', { connection: 'operator' });
    const search = screen.getByRole('searchbox', { name: 'Search customers' });
    expect(search).not.toHaveFocus();
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');

    await user.type(search, 'a/b');
    expect(search).toHaveValue('a/b');
    expect(search).toHaveFocus();
  });

  it('does nothing while typing in another field', async () => {
    const { user } = await renderApp('/customers', { connection: 'operator' });
    const search = screen.getByRole('searchbox', { name: 'Search customers' });
    const combobox = await openPalette(user);
    await user.type(combobox, 'x/');
    expect(combobox).toHaveValue('x/');
    expect(search).not.toHaveFocus();
  });
});
