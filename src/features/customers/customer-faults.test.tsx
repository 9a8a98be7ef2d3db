import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerBody } from '@/api/catalogue/body-schemas';
import { clearEndpointFault, failEndpoint, failNextCall, setMaintenance } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { faultStore, NO_FAULTS } from '@/mocks/faults';
import { call } from '@/mocks/test-helpers';
import { renderApp } from '@/test/render-app';
import { chooseCountry, field, fill, giveScrollersHeight, recordRequests } from './customer-test-helpers';

const EDIT_PATH = `/customers/${DEMO_CUSTOMER_NUMBER}/edit`;

/** Someone else saves the customer with these changes (a PUT of every documented field). */
async function changeOnServer(changes: Record<string, string>) {
  const { body } = await call('customer.get', { params: { customerNumber: DEMO_CUSTOMER_NUMBER } });
  const current = customerBody
    .strip()
    .parse(
      Object.fromEntries(
        Object.entries(body as Record<string, unknown>).filter(([name]) => name in customerBody.shape),
      ),
    );
  const result = await call('customer.update', {
    params: { customerNumber: DEMO_CUSTOMER_NUMBER },
    body: { ...current, ...changes },
  });
  expect(result.status).toBe(200);
}

describe('customer form faults', { timeout: 30_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    giveScrollersHeight();
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('500 after the POST was carried out: says it may have been saved, finds it, opens it, never re-sends', async () => {
    const { user, router } = await renderApp('/customers/new', { connection: 'operator' });
    await fill(user, field('Organisation or person'), 'Verlorene Antwort AG');
    await chooseCountry(user, 'switz', /Switzerland/);
    await fill(user, field('City (optional)'), 'Chur');
    failNextCall({ endpointId: 'customer.create', status: 500, code: 'server_error', afterWrite: true });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(within(outcome).getByText('Server error: this may have been saved')).toBeInTheDocument();
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    // Re-read, not re-sent: one POST, then the list and the new customer's detail.
    expect(requests.writes()).toHaveLength(1);
    expect(requests.seen.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual(
      expect.arrayContaining(['/v1/customer', expect.stringMatching(/^\/v1\/customer\/\d{8}$/)]),
    );
    // Submitting again would be a blind retry: it sends nothing, and the button says why.
    const create = screen.getByRole('button', { name: 'Create customer' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription('It was saved: see above');
    await user.click(create);
    expect(requests.writes()).toHaveLength(1);

    await user.click(within(outcome).getByRole('button', { name: 'Open the customer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Verlorene Antwort AG' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/customers\/\d{8}$/);
  });

  it('found saved after a 500: leaving asks nothing, and the form does not offer the values again', async () => {
    const first = await renderApp('/customers/new', { connection: 'operator' });
    await fill(first.user, field('Organisation or person'), 'Schon Gespeichert AG');
    await chooseCountry(first.user, 'switz', /Switzerland/);
    failNextCall({ endpointId: 'customer.create', status: 500, code: 'server_error', afterWrite: true });
    await first.user.click(screen.getByRole('button', { name: 'Create customer' }));
    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();

    await first.user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Customers' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    first.unmount();

    // A new create starts empty: its draft would have sent the same customer twice.
    await renderApp('/customers/new', { connection: 'operator' });
    expect(field('Organisation or person')).toHaveValue('');
    expect(requests.writes()).toHaveLength(1);
  });

  it('when re-reading fails too: says it could not check, and checks again only when asked', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await fill(user, field('Organisation or person'), 'Doppelt Unklar AG');
    await chooseCountry(user, 'switz', /Switzerland/);
    failNextCall({ endpointId: 'customer.create', kind: 'network', afterWrite: true });
    failEndpoint('customer.list', { status: 500, code: 'server_error' });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(
      await within(outcome).findByText('Could not check whether it was saved.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);

    clearEndpointFault('customer.list');
    await user.click(within(outcome).getByRole('button', { name: 'Check again' }));
    // The button gives way to the reading: the keyboard's place is the panel that tells its outcome.
    expect(outcome).toHaveFocus();
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
  });

  it('a proxy 502 before the POST arrived: not found, and only the user’s click sends it again', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await fill(user, field('Organisation or person'), 'Zweiter Versuch GmbH');
    await chooseCountry(user, 'switz', /Switzerland/);
    failNextCall({ endpointId: 'customer.create', kind: 'html' });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('Not found: it was not saved.')).toBeInTheDocument();
    expect(within(outcome).getByText(/HTML page/)).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    expect(field('Organisation or person')).toHaveValue('Zweiter Versuch GmbH');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('Switzerland (CH)');

    // Slow enough to see it sending: the panel goes, and the keyboard's place is the busy submit.
    faultStore.set({ ...NO_FAULTS, latencyMs: 300 });
    await user.click(within(outcome).getByRole('button', { name: 'Send again' }));
    expect(screen.queryByRole('region', { name: 'Outcome unknown' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create customer' })).toHaveFocus();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zweiter Versuch GmbH' }),
    ).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(2);
  });

  it('a connection broken after the PUT: re-reads the customer and finds the change saved', async () => {
    const { user } = await renderApp(EDIT_PATH, { connection: 'operator' });
    await user.clear(field('City (optional)'));
    await user.type(field('City (optional)'), 'Winterthur');
    failNextCall({ endpointId: 'customer.update', kind: 'network', afterWrite: true });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    await user.click(within(outcome).getByRole('button', { name: 'Show the customer' }));
    expect(await screen.findByText('Winterthur')).toBeInTheDocument();
  });

  it('conflict: reloads the customer, keeps the user’s edit, takes their change, lets the user choose', async () => {
    const { user } = await renderApp(EDIT_PATH, { connection: 'operator' });
    await user.clear(field('City (optional)'));
    await user.type(field('City (optional)'), 'Baden');
    await changeOnServer({ street: 'Neugasse', city: 'Aarau' });
    failNextCall({
      endpointId: 'customer.update',
      status: 409,
      code: 'conflict',
      message: 'the resource has changed during the request, please retry',
    });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('region', { name: 'Changed on the server' });
    expect(panel).toHaveTextContent(/someone changed the customer meanwhile/);
    // Their untouched-by-me change is taken; my edit stays, with the choice offered.
    expect(field('Street (optional)')).toHaveValue('Neugasse');
    expect(field('City (optional)')).toHaveValue('Baden');
    const city = within(panel).getByRole('group', { name: 'City' });
    expect(within(city).getByRole('radio', { name: 'Mine: Baden' })).toBeChecked();
    await user.click(within(city).getByRole('radio', { name: 'Theirs: Aarau' }));
    expect(field('City (optional)')).toHaveValue('Aarau');
    await user.click(within(city).getByRole('radio', { name: 'Mine: Baden' }));

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Baden')).toBeInTheDocument();
    const last = requests.writes().at(-1)?.body as Record<string, unknown>;
    expect(last).toMatchObject({ street: 'Neugasse', city: 'Baden' });
  });

  it('a stale draft: restores only the user’s edits over newer server data and shows what changed', async () => {
    const first = await renderApp(EDIT_PATH, { connection: 'operator' });
    await first.user.clear(field('City (optional)'));
    await first.user.type(field('City (optional)'), 'Baden');
    first.unmount();

    await changeOnServer({ street: 'Neugasse', city: 'Aarau' });
    const { user } = await renderApp(EDIT_PATH, { connection: 'operator' });
    const panel = await screen.findByRole('region', { name: 'Changed on the server' });
    expect(panel).toHaveTextContent(/changed on the server since your draft/);
    expect(field('Street (optional)')).toHaveValue('Neugasse');
    expect(field('City (optional)')).toHaveValue('Baden');
    const street = within(panel).getByRole('group', { name: 'Street' });
    expect(within(street).getByRole('radio', { name: /^Theirs: Neugasse/ })).toBeChecked();
    await user.click(
      within(within(panel).getByRole('group', { name: 'City' })).getByRole('radio', {
        name: 'Theirs: Aarau',
      }),
    );
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Changed on the server' })).not.toBeInTheDocument();
    expect(field('City (optional)')).toHaveValue('Aarau');
    // The panel went: the keyboard's place is the first field it was about.
    expect(field('Street (optional)')).toHaveFocus();
  });

  it('DELETE of a customer someone else deleted: says it is gone and drops it from the list', async () => {
    const { user, router } = await renderApp('/customers', { connection: 'operator' });
    expect(await screen.findByRole('link', { name: '10000003' })).toBeInTheDocument();
    await act(() =>
      router.navigate({ to: '/customers/$customerNumber', params: { customerNumber: '10000003' } }),
    );
    await screen.findByRole('button', { name: 'Delete' });
    expect((await call('customer.delete', { params: { customerNumber: '10000003' } })).status).toBe(200);
    requests.seen.length = 0;

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete customer 10000003?' });
    await user.type(within(dialog).getByRole('textbox', { name: /Type 10000003 to confirm/ }), '10000003');
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer' }));

    expect(await screen.findByText('Customer 10000003 was already deleted')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '10000003' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Not deleted/)).not.toBeInTheDocument();
    expect(requests.writes()).toEqual([{ method: 'DELETE', path: '/v1/customer/10000003', body: undefined }]);
  });

  it('503 maintenance with Retry-After on a page: says when to try again and counts down', async () => {
    setMaintenance(true, 120);
    await renderApp('/customers', { connection: 'operator' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('503');
    expect(alert).toHaveTextContent('maintenance');
    expect(alert).toHaveTextContent(/The API asks to try again at .*: in (2:00|1:5\d)/);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(await within(alert).findByText(/^1:5\d$/, {}, { timeout: 3000 })).toBeInTheDocument();
    // One call: a Retry-After beyond a few seconds is not waited out by automatic retries.
    expect(requests.seen).toHaveLength(1);
  });

  it('a 503 asking for 15 s: the page shows the error and its countdown at once, not a spinner for 30 s', async () => {
    failEndpoint('customer.list', { status: 503, code: 'server_error', retryAfter: 15 });
    await renderApp('/customers', { connection: 'operator' });
    // Two retries, each waiting out the 15 s, kept "Loading…" up for 30 s before the error.
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('503');
    expect(alert).toHaveTextContent(/The API asks to try again at .*: in 0:1[0-5]/);
    expect(requests.seen).toHaveLength(1);
  });

  it('503 maintenance with Retry-After on a form: the countdown shows, the input stays', async () => {
    const { user } = await renderApp(EDIT_PATH, { connection: 'operator' });
    await user.clear(field('City (optional)'));
    await user.type(field('City (optional)'), 'Lugano');
    setMaintenance(true, 90);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: the API refused the request');
    expect(alert).toHaveTextContent(/try again at .*: in (1:30|1:2\d)/);
    expect(field('City (optional)')).toHaveValue('Lugano');
    expect(screen.queryByRole('region', { name: 'Outcome unknown' })).not.toBeInTheDocument();
  });
});
