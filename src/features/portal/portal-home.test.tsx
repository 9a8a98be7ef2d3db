import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';

const OWN = DEMO_CUSTOMER_NUMBER;

describe('the self-service portal', () => {
  it("shows a customer's key its account with the counts of its directory", async () => {
    await renderApp('/', { connection: 'customer' });
    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    const account = await screen.findByRole('region', { name: `Customer ${OWN}` });
    expect(await within(account).findByText('Bergwerk Digital AG')).toBeInTheDocument();
    // As on the customer's page: a number a phone can dial.
    expect(await within(account).findByRole('link', { name: '+41 44 234 56 78' })).toHaveAttribute(
      'href',
      'tel:+41442345678',
    );

    const [users, groups, suffixes] = await Promise.all([
      callEndpoint(endpoint('user.list'), { params: { customerNumber: OWN } }),
      callEndpoint(endpoint('group.list'), { params: { customerNumber: OWN } }),
      callEndpoint(endpoint('suffix.list'), { params: { customerNumber: OWN } }),
    ]);
    const directory = screen.getByRole('list', { name: 'Your directory' });
    await waitFor(() =>
      expect(within(directory).getByRole('link', { name: `${users.length} Users` })).toBeInTheDocument(),
    );
    expect(within(directory).getByRole('link', { name: `${groups.length} Groups` })).toBeInTheDocument();
    const suffixCount = Array.isArray(suffixes) ? suffixes.length : 1;
    expect(within(directory).getByRole('link', { name: `${suffixCount} UPN suffixes` })).toBeInTheDocument();
  });

  it.each([
    ['/customers', 'so there is no list of all customers'],
    ['/customers/new', 'it cannot create customers'],
    ['/customers/10000002/edit', 'not customer 10000002'],
    ['/explorer?area=servers', 'are for operators'],
    ['/dns', 'are for operators'],
    ['/internet/asns', 'are for operators'],
    ['/servers/1', 'are for operators'],
    ['/tools/ssh', 'are for operators'],
  ])('sends %s to the portal with one line saying why', async (path, reason) => {
    const { router } = await renderApp(path, { connection: 'customer' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText(new RegExp(reason))).toHaveAttribute('role', 'status');
  });

  it('leaves an operator where it went, with no notice', async () => {
    const { router } = await renderApp('/?notice=all-customers', { connection: 'operator' });
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByText(/no list of all customers/)).not.toBeInTheDocument();
  });
});
