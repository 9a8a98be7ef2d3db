import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_BASE_URL } from '@/api/connection';
import { failEndpoint, failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';
import {
  generateCustomers,
  giveScrollersHeight,
  recordRequests,
  serveCustomerList,
} from './customer-test-helpers';

const dataRows = () =>
  within(screen.getByRole('table', { name: 'Customers' }))
    .getAllByRole('row')
    .slice(1);

describe('customer list', { timeout: 20_000 }, () => {
  beforeEach(() => giveScrollersHeight());

  it('shows number, organisation and guid of every customer the API returns', async () => {
    await renderApp('/customers', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Bergwerk Digital AG/ });
    expect(within(row).getByRole('link', { name: DEMO_CUSTOMER_NUMBER })).toHaveAttribute(
      'href',
      `/customers/${DEMO_CUSTOMER_NUMBER}`,
    );
    // Cell 0 is the row's checkbox.
    expect(within(row).getAllByRole('cell')[3]?.textContent).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByText(/^\d+ customers$/)).toBeInTheDocument();
  });

  it('searches number, organisation and guid, and keeps the search in the URL', async () => {
    const { user, router } = await renderApp('/customers', { connection: 'operator' });
    const total = dataRows().length;
    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'bergwerk');
    expect(dataRows()).toHaveLength(1);
    expect(screen.getByText(`1 of ${total} customers`)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'bergwerk' }));

    await user.clear(screen.getByRole('searchbox', { name: 'Search customers' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), '10000002');
    expect(screen.getByRole('row', { name: /10000002/ })).toBeInTheDocument();
    expect(dataRows()).toHaveLength(1);
    // A number is written as typed, not JSON-quoted (`?q=%2210000002%22`).
    await waitFor(() => expect(router.state.location.searchStr).toBe('?q=10000002'));
  });

  it('a click on a result right after typing opens it, and Back returns to the search', async () => {
    const { user, router } = await renderApp('/customers', { connection: 'operator' });
    // The customer answers late: the URL catching up with the text (300 ms after the last key)
    // falls inside the click's navigation, and used to replace it with the list.
    failNextCall({ endpointId: 'customer.get', kind: 'slow', delayMs: 700 });
    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'bergwerk');
    await user.click(screen.getByRole('link', { name: DEMO_CUSTOMER_NUMBER }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bergwerk Digital AG' }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/customers/${DEMO_CUSTOMER_NUMBER}`);
    act(() => router.history.back());
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'bergwerk' }));
    expect(await screen.findByRole('searchbox', { name: 'Search customers' })).toHaveValue('bergwerk');
  });

  it.each([
    ['?q=10000002', '10000002'],
    ['?q=true', 'true'],
    // Links written before search values were kept as typed.
    ['?q=%2210000002%22', '10000002'],
    ['?q=%22%5C%22bergwerk%5C%22%22', '"bergwerk"'],
    // Only a whole JSON object reads as one (`?params={…}`); a search for braces is written quoted.
    ['?q=%7Bbergwerk', '{bergwerk'],
    ['?q=%22%7B%7D%22', '{}'],
  ])('reads the search of a link %s as %j', async (search, typed) => {
    await renderApp(`/customers${search}`, { connection: 'operator' });
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveValue(typed);
  });

  it('opens with the search and sort of a shared link', async () => {
    await renderApp('/customers?q=ag&sort=organisation&dir=desc', { connection: 'operator' });
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('ag');
    expect(screen.getByRole('columnheader', { name: /Organisation/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const organisations = dataRows().map((row) => within(row).getAllByRole('cell')[2]?.textContent ?? '');
    expect(organisations.length).toBeGreaterThan(1);
    expect(organisations).toEqual(
      [...organisations].sort((a, b) => b.localeCompare(a, undefined, { sensitivity: 'base' })),
    );
  });

  it('sorts by any column, announces it with aria-sort and keeps it in the URL', async () => {
    const { user, router } = await renderApp('/customers', { connection: 'operator' });
    const numberHeader = screen.getByRole('columnheader', { name: /Customer number/ });
    expect(numberHeader).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /GUID/ }));
    expect(screen.getByRole('columnheader', { name: /GUID/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(numberHeader).toHaveAttribute('aria-sort', 'none');
    const guids = dataRows().map((row) => within(row).getAllByRole('cell')[3]?.textContent ?? '');
    expect(guids).toEqual([...guids].sort());

    await user.click(screen.getByRole('button', { name: /GUID/ }));
    expect(screen.getByRole('columnheader', { name: /GUID/ })).toHaveAttribute('aria-sort', 'descending');
    expect(router.state.location.search).toMatchObject({ sort: 'guid', dir: 'desc' });
  });

  it('says so when nothing matches, and clears the search', async () => {
    const { user } = await renderApp('/customers?q=no-such-customer', { connection: 'operator' });
    expect(screen.getByText('No customers match “no-such-customer”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(dataRows().length).toBeGreaterThan(1);
    // The button went with the message: the keyboard's place is the emptied box.
    const box = screen.getByRole('searchbox', { name: 'Search customers' });
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });

  it('shows a failed load with its code and documented meaning', async () => {
    failEndpoint('customer.list', { status: 403, code: 'forbidden' });
    await renderApp('/customers', { connection: 'operator' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The customers could not be loaded');
    expect(alert).toHaveTextContent('forbidden');
    expect(alert).toHaveTextContent('Insufficient permissions for this request');
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
  });

  it("with a customer's key not known to be scoped, shows only what the API returns", async () => {
    // (Known to be scoped, the key gets its portal instead: see features/portal.)
    await renderApp('/customers', {
      connection: {
        kind: 'remote',
        baseUrl: DEMO_BASE_URL,
        apiKey: demoKey('customer').key,
        keyHeader: 'bearer',
        remember: false,
      },
    });
    expect(dataRows()).toHaveLength(1);
    expect(screen.getByRole('link', { name: DEMO_CUSTOMER_NUMBER })).toBeInTheDocument();
    expect(screen.getByText('1 customer')).toBeInTheDocument();
  });

  it('with the read-only key, New customer says why it is off', async () => {
    await renderApp('/customers', { connection: 'readonly' });
    const button = screen.getByRole('button', { name: 'New customer' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/read-only/);
    expect(screen.queryByRole('link', { name: 'New customer' })).not.toBeInTheDocument();
  });

  it('shows country, city and VAT of customers whose details were loaded, without asking the API', async () => {
    const { user, router } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, {
      connection: 'operator',
    });
    await screen.findByRole('heading', { level: 1, name: 'Bergwerk Digital AG' });
    await act(() => router.navigate({ to: '/customers' }));
    await screen.findByRole('heading', { level: 1, name: 'Customers' });
    const requests = recordRequests();

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const country = screen.getByRole('checkbox', { name: /Country/ });
    expect(country).not.toBeChecked();
    expect(country).toHaveAccessibleDescription(/already loaded/);
    await user.click(country);
    await user.click(screen.getByRole('checkbox', { name: /City/ }));

    const header = screen.getByRole('columnheader', { name: 'Country' });
    expect(header).toHaveAttribute('title', expect.stringMatching(/empty for the others/));
    const columnIndex = (name: string) =>
      screen.getAllByRole('columnheader').indexOf(screen.getByRole('columnheader', { name }));
    const cell = (row: RegExp, column: string) =>
      within(screen.getByRole('row', { name: row })).getAllByRole('cell')[columnIndex(column)];
    expect(cell(/Bergwerk Digital AG/, 'Country')).toHaveTextContent('Switzerland (CH)');
    expect(cell(/Bergwerk Digital AG/, 'City')).toHaveTextContent('Zürich');
    expect(cell(/10000002/, 'Country')).toBeEmptyDOMElement();
    requests.stop();
    expect(requests.seen).toEqual([]);
  });

  it('virtualises 10 000 customers and filters them', async () => {
    serveCustomerList(generateCustomers(10_000));
    const { user } = await renderApp('/customers', { connection: 'operator' });
    const table = screen.getByRole('table', { name: 'Customers' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    // Only the rows in view and a few more are in the DOM.
    expect(dataRows().length).toBeLessThan(40);

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), '20009999');
    expect(dataRows()).toHaveLength(1);
    expect(screen.getByText(/^1 of 10.000 customers$/)).toBeInTheDocument();
    expect(table).toHaveAttribute('aria-rowcount', '2');
  });
});
