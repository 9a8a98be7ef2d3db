import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { connectionStore } from '@/api/connection';
import { learnRestriction } from '@/api/key-capabilities';
import { rateLimitStore } from '@/api/rate-limit';
import { requestLogStore } from '@/api/request-log';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { pastedDemoKey } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

describe('app shell', () => {
  it('signs out: forgets the key, the cached data, the request log and the rate limit', async () => {
    const { user, router, queryClient } = await renderApp('/', { connection: 'operator' });
    queryClient.setQueryData(['customers', 'list'], [{ name: '10000001', description: 'Cached Ltd' }]);
    rateLimitStore.set({
      limit: 3600,
      remaining: 3000,
      resetAt: null,
      observedAt: Date.now(),
      blockedUntil: null,
    });
    expect(sessionStorage.getItem('4b42.connection')).not.toBeNull();
    await callEndpoint(endpoint('customer.list'));
    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem('4b42.request-log')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText(/^Signed out/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/connect');
    expect(connectionStore.get()).toBeNull();
    expect(sessionStorage.getItem('4b42.connection')).toBeNull();
    expect(localStorage.getItem('4b42.connection')).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(requestLogStore.get()).toHaveLength(0);
    expect(sessionStorage.getItem('4b42.request-log')).toBeNull();
    expect(rateLimitStore.get()).toBeNull();
  });

  it('shows the connection without the key, and every area to an operator', async () => {
    await renderApp('/', { connection: 'operator' });
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('4b42 Console');
    expect(header).toHaveTextContent('Demo · Operator');
    expect(header).not.toHaveTextContent(/demo-operator-/);
    expect(header).toHaveTextContent('Rate limit: not measured yet');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of [
      'Home',
      'Customers',
      'Users & groups',
      'UPN suffixes',
      'DNS zones',
      'Internet resources',
      'Servers',
      'Tools',
      'API explorer',
    ]) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('button', { name: 'Request log' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    // Every area leads to pages of its own, not to the explorer.
    for (const [name, href] of [
      ['DNS zones', '/dns'],
      ['Internet resources', '/internet/asns'],
      ['Servers', '/servers'],
      ['Tools', '/tools/ssh'],
    ]) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', href);
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('shows a customer-scoped key only its self-service areas', async () => {
    await renderApp('/', { connection: 'customer' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Your account' })).toHaveAttribute(
      'href',
      `/customers/${DEMO_CUSTOMER_NUMBER}`,
    );
    for (const name of ['Users & groups', 'UPN suffixes', 'API explorer']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    for (const name of ['Customers', 'DNS zones', 'Internet resources', 'Servers', 'Tools']) {
      expect(within(nav).queryByRole('link', { name })).not.toBeInTheDocument();
    }
    expect(screen.getByText(`Only customer ${DEMO_CUSTOMER_NUMBER}`)).toBeInTheDocument();
  });

  it('does not call a pasted key’s writes or ordering allowed before the API has answered one', async () => {
    // A real key: the console knows nothing of its rights until the API refuses something.
    await renderApp('/', { connection: { ...pastedDemoKey('operator'), kind: 'remote' } });
    const connected = screen.getByRole('region', { name: 'Connected as' });
    expect(connected).toHaveTextContent('WritesNone refused so far');
    expect(connected).toHaveTextContent('OrderingNot refused so far (known after the first order)');
  });

  it('forgets refusals learned so far from the keyboard, keeping its place, then on the heading', async () => {
    const { user } = await renderApp('/', { connection: 'operator' });
    for (const id of ['customer.create', 'customer.delete', 'zone.create'] as const) {
      const { method, path } = endpoint(id);
      learnRestriction({
        code: 'METHOD_RESTRICTED',
        endpointId: id,
        method,
        path,
        customerNumber: null,
        at: 0,
      });
    }
    const section = await screen.findByRole('region', { name: 'Refused so far' });
    const forgets = () => within(section).queryAllByRole('button', { name: /^Forget: / });
    await waitFor(() => expect(forgets()).toHaveLength(3));
    const second = forgets()[1]?.getAttribute('aria-label');
    forgets()[0]?.focus();
    await user.keyboard('{Enter}');
    expect(forgets()).toHaveLength(2);
    expect(document.activeElement).toHaveAccessibleName(second ?? '');

    within(section).getByRole('button', { name: 'Forget all' }).focus();
    await user.keyboard('{Enter}');
    expect(forgets()).toHaveLength(0);
    expect(within(section).getByRole('heading', { name: 'Refused so far' })).toHaveFocus();
  });

  it('puts the keyboard on the new page’s heading when the old page took the focused control with it', async () => {
    const { user, router } = await renderApp('/dns', { connection: 'operator' });
    // A navigation the code starts: the form that sent it goes with the page.
    await user.type(screen.getByRole('textbox', { name: 'DNS product id' }), '500001{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dns/500001'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    // A followed link in the page goes with it too.
    const zone = within(screen.getByRole('table', { name: 'DNS zones' })).getByRole('link', {
      name: 'bergwerk.ch',
    });
    await user.click(zone);
    await waitFor(() => expect(router.state.location.pathname).toBe('/dns/500001/bergwerk.ch'));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: /bergwerk\.ch/ })).toHaveFocus(),
    );
    // A link that stays (the navigation) keeps the focus.
    const customers = screen.getByRole('link', { name: 'Customers' });
    await user.click(customers);
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    await screen.findByRole('heading', { level: 1, name: 'Customers' });
    expect(customers).toHaveFocus();
  });

  it('folds the navigation behind a Menu disclosure', async () => {
    const { user } = await renderApp('/', { connection: 'operator' });
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  it('sends a visitor without a key to the connect screen, and back afterwards', async () => {
    const { router } = await renderApp('/explorer?area=dns');
    await waitFor(() => expect(router.state.location.pathname).toBe('/connect'));
    expect(router.state.location.search).toEqual({ redirect: '/explorer?area=dns' });
  });

  it('shows a 404 page with a link home, with or without the shell', async () => {
    await renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('keeps a signed-in user in the shell on an address no page has', async () => {
    await renderApp('/log', { connection: 'operator' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    // The way on is the navigation, with the rate limit in view, not only the link home.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'DNS zones' })).toBeInTheDocument();
    expect(screen.getByText(/^Rate limit/)).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });
});
