import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_BASE_URL } from '@/api/connection';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';
import { giveScrollersHeight, recordRequests } from './customer-test-helpers';

const PROTECTED = '10000002';
const LOCKED = '10000006';

describe('customer detail', { timeout: 20_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    giveScrollersHeight();
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('shows every documented field, dates in local time with UTC on hover', async () => {
    await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Bergwerk Digital AG' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    for (const [label, value] of [
      ['Customer number', DEMO_CUSTOMER_NUMBER],
      ['Organisation or person', 'Bergwerk Digital AG'],
      ['Street', 'Bahnhofstrasse'],
      ['Street number', '42'],
      ['Zip code', '8001'],
      ['City', 'Zürich'],
      ['State', 'ZH'],
      ['Country', 'Switzerland (CH)'],
      // Telephone and mobile: the next test (they are grouped once the grouping has loaded).
      ['VAT id', /^CHE-\d{3}\.\d{3}\.\d{3} MWST$/],
    ] as const) {
      const term = within(details).getByText(label, { selector: 'dt' });
      expect(term.nextElementSibling?.textContent?.replace(/Copy \w+$/, '')).toMatch(value);
    }
    for (const label of ['Created', 'Modified']) {
      const time = within(details)
        .getByText(label, { selector: 'dt' })
        .nextElementSibling?.querySelector('time');
      expect(time?.getAttribute('title')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      expect(time?.getAttribute('dateTime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('groups phone numbers as dialled in their country, and dials what the API has', async () => {
    await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, { connection: 'operator' });
    const details = screen.getByRole('region', { name: 'Details' });
    const telephone = await within(details).findByRole('link', { name: '+41 44 234 56 78' });
    expect(telephone).toHaveAttribute('href', 'tel:+41442345678');
    expect(telephone).toHaveAttribute('title', '+41442345678');
    expect(within(details).getByRole('link', { name: '+41 79 123 45 67' })).toHaveAttribute(
      'href',
      'tel:+41791234567',
    );
  });

  it('shows the GUID the list gave, since the documented detail has none', async () => {
    const { user } = await renderApp('/customers', { connection: 'operator' });
    await user.click(screen.getByRole('link', { name: DEMO_CUSTOMER_NUMBER }));
    const details = await screen.findByRole('region', { name: 'Details' });
    const term = within(details).getByText('GUID', { selector: 'dt' });
    expect(term.nextElementSibling?.textContent).toMatch(/^[0-9a-f-]{36}Copy GUID$/);
  });

  it("links to the customer's users, groups and UPN suffixes", async () => {
    await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, { connection: 'operator' });
    const nav = screen.getByRole('navigation', { name: `Directory of customer ${DEMO_CUSTOMER_NUMBER}` });
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute(
      'href',
      `/directory/${DEMO_CUSTOMER_NUMBER}/users`,
    );
    expect(within(nav).getByRole('link', { name: 'Groups' })).toHaveAttribute(
      'href',
      `/directory/${DEMO_CUSTOMER_NUMBER}/groups`,
    );
    expect(within(nav).getByRole('link', { name: 'UPN suffixes' })).toHaveAttribute(
      'href',
      `/directory/${DEMO_CUSTOMER_NUMBER}/suffixes`,
    );
  });

  it('explains a malformed customer number without asking the API', async () => {
    await renderApp('/customers/12ab', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Not a customer number' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('A customer number has 8 digits');
    expect(requests.seen.filter((r) => r.path.includes('12ab'))).toEqual([]);
  });

  it('says when a customer does not exist, with the code and its documented meaning', async () => {
    await renderApp('/customers/99999999', { connection: 'operator' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No such customer');
    expect(alert).toHaveTextContent('INVALID_CUSTOMER_NUMBER');
    expect(alert).toHaveTextContent(
      'The customer number is invalid (only numbers with 8 digits) or does not exist.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Customer 99999999' })).toBeInTheDocument();
  });

  it("sends a customer-scoped key from another customer's page to its portal, with the reason", async () => {
    const { router } = await renderApp(`/customers/${PROTECTED}`, { connection: 'customer' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(
      await screen.findByText(
        `This key reaches only customer ${DEMO_CUSTOMER_NUMBER}, not customer ${PROTECTED}: this is your account.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(requests.seen.filter((r) => r.path === `/v1/customer/${PROTECTED}`)).toEqual([]);
  });

  it('explains the 403 on a customer the key may not see (scope not known up front)', async () => {
    await renderApp(`/customers/${PROTECTED}`, {
      connection: {
        kind: 'remote',
        baseUrl: DEMO_BASE_URL,
        apiKey: demoKey('customer').key,
        keyHeader: 'bearer',
        remember: false,
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This key may not see this customer');
    expect(alert).toHaveTextContent('403');
    expect(alert).toHaveTextContent('PATH_RESTRICTED');
    expect(alert).toHaveTextContent(
      'You do not have permission to use this path using the token that you supplied.',
    );
  });

  it('with the read-only key, Edit and Delete say why they are off', async () => {
    const { user } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, { connection: 'readonly' });
    for (const name of ['Edit', 'Delete']) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(/read-only/);
    }
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.writes()).toEqual([]);
  });

  it('the portal does not offer to delete your own account', async () => {
    await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, { connection: 'customer' });
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('a refused delete turns off only Delete, with the reason', async () => {
    // The customer's key with nothing known of it up front (its scope not told): Delete is offered.
    const { user } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, {
      connection: {
        kind: 'remote',
        baseUrl: DEMO_BASE_URL,
        apiKey: demoKey('customer').key,
        keyHeader: 'bearer',
        remember: false,
      },
    });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), DEMO_CUSTOMER_NUMBER);
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('METHOD_RESTRICTED');
    await user.click(within(dialog).getByRole('button', { name: /Cancel|Close/ }));

    const remove = await screen.findByRole('button', { name: 'Delete' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription(
      `This key may not delete customer ${DEMO_CUSTOMER_NUMBER} (403 METHOD_RESTRICTED).`,
    );
    // Edit is still a link to the form, not a disabled button.
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
  });

  it('deletes after the number is typed (a wrong one says so at the field); the list no longer shows it', async () => {
    const { user, router } = await renderApp('/customers/10000003', { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete customer 10000003?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete customer' });
    expect(confirm).toBeDisabled();
    const typed = within(dialog).getByRole('textbox', { name: /Type 10000003 to confirm/ });
    // A digit short, then Enter: the field says why nothing happened, and nothing is sent.
    await user.type(typed, '1000003{Enter}');
    expect(typed).toHaveAccessibleDescription('Type 10000003 exactly as shown.');
    expect(typed).toBeInvalid();
    expect(requests.writes()).toEqual([]);
    await user.clear(typed);
    await user.type(typed, '10000003');
    expect(typed).toBeValid();
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '10000003' })).not.toBeInTheDocument();
    expect(requests.writes()).toEqual([{ method: 'DELETE', path: '/v1/customer/10000003', body: undefined }]);
  });

  it('a double click on the confirmation sends one DELETE', async () => {
    const { user, router } = await renderApp('/customers/10000003', { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete customer 10000003?' });
    await user.type(within(dialog).getByRole('textbox'), '10000003');
    // Both clicks before React re-renders: Chromium runs queued input ahead of React's update.
    const confirm = within(dialog).getByRole('button', { name: 'Delete customer' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    // One DELETE: a second one's 404 made the toast say the customer "was already deleted".
    expect(requests.writes()).toEqual([{ method: 'DELETE', path: '/v1/customer/10000003', body: undefined }]);
  });

  it.each([
    [
      PROTECTED,
      'protected',
      'Not deleted: the customer is protected',
      'The Action you are trying to start is protected for this resource',
    ],
    [LOCKED, 'locked', 'Not deleted: the customer is locked', 'there is already an Action running'],
  ])('explains a 409 on %s (%s)', async (number, code, title, meaning) => {
    const { user } = await renderApp(`/customers/${number}`, { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), number);
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent('409');
    expect(alert).toHaveTextContent(code);
    expect(alert).toHaveTextContent(meaning);
    expect(dialog).toHaveTextContent(code === 'locked' ? /Wait until it has finished/ : /Ask 4b42 support/);
    // The customer is still there, and so is its page.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByText(`Customer number ${number}`)).toBeInTheDocument();
  });
});
