import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_BASE_URL } from '@/api/connection';
import { readDraft } from '@/features/forms/use-form-draft';
import { database } from '@/mocks/db/database';
import { failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';
import { chooseCountry, field, fill, giveScrollersHeight, recordRequests } from './customer-test-helpers';

async function fillValidCustomer(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await fill(user, field('Organisation or person'), 'Alpenglühen Software GmbH');
  await chooseCountry(user, 'switz', /Switzerland/);
  await fill(user, field('Street (optional)'), 'Seestrasse');
  await fill(user, field('Street number (optional)'), '7');
  await fill(user, field('Zip code (optional)'), '8002');
  await fill(user, field('City (optional)'), 'Zürich');
  await fill(user, field('Telephone (optional)'), '+41 44 123 45 67');
  await fill(user, field('VAT id (optional)'), 'CHE-116.281.710 MWST');
}

const submit = () => screen.getByRole('button', { name: 'Create customer' });

describe('create a customer', { timeout: 20_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    giveScrollersHeight();
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('creates it, normalised, opens it, and the list has it', async () => {
    const { user, router } = await renderApp('/customers/new', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'New customer' })).toBeInTheDocument();
    await fillValidCustomer(user);
    await user.tab();
    expect(screen.getByText('Saved as +41441234567')).toBeInTheDocument();
    await user.click(submit());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alpenglühen Software GmbH' }),
    ).toBeInTheDocument();
    const post = requests.writes()[0];
    expect(post).toMatchObject({ method: 'POST', path: '/v1/customer' });
    expect(post?.body).toEqual({
      description: 'Alpenglühen Software GmbH',
      country: 'CH',
      street: 'Seestrasse',
      streetnumber: '7',
      zipcode: '8002',
      city: 'Zürich',
      telephonenumber: '+41441234567',
      vatid: 'CHE-116.281.710 MWST',
    });
    const number = router.state.location.pathname.split('/').pop() ?? '';
    expect(number).toMatch(/^\d{8}$/);

    await act(() => router.navigate({ to: '/customers', search: { q: 'alpenglühen' } }));
    expect(await screen.findByRole('link', { name: number })).toBeInTheDocument();
  });

  it('checks required fields before sending anything', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await user.click(submit());
    expect(await screen.findByText(/^Enter the organisation/)).toBeInTheDocument();
    // Said at the field for screen readers too: each control is described by its error.
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAccessibleDescription(
      /^Choose a country from the list/,
    );
    expect(field('Organisation or person')).toHaveAccessibleDescription(/Enter the organisation/);
    expect(field('Organisation or person')).toHaveFocus();
    expect(requests.writes()).toEqual([]);
  });

  it('warns about a zip code, phone and VAT id in an unusual shape, all at once, and still saves them', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await user.type(field('Organisation or person'), 'Unusual Shapes AG');
    await chooseCountry(user, 'ch', /Switzerland/);
    await user.type(field('Zip code (optional)'), '80011');
    await user.type(field('Telephone (optional)'), '044 123 45 67');
    await user.type(field('VAT id (optional)'), 'CHE-123.456');
    expect(screen.getByText('Swiss postal codes have 4 digits')).toBeInTheDocument();
    expect(screen.getByText(/E\.164 form/)).toBeInTheDocument();
    expect(
      screen.getByText(/Swiss UID .* or an EU VAT number .* can still be saved as typed/),
    ).toBeInTheDocument();
    await user.click(submit());
    expect(await screen.findByRole('heading', { level: 1, name: 'Unusual Shapes AG' })).toBeInTheDocument();
    expect(requests.writes()[0]?.body).toMatchObject({
      zipcode: '80011',
      telephonenumber: '044 123 45 67',
      vatid: 'CHE-123.456',
    });
  });

  it('warns about a street and street number longer than usual, which the docs do not limit, and still saves them', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    const street = `Lange Strasse ${'x'.repeat(120)}`;
    await fill(user, field('Organisation or person'), 'Long Names AG');
    await chooseCountry(user, 'ch', /Switzerland/);
    await fill(user, field('Street (optional)'), street);
    await fill(user, field('Street number (optional)'), 'Postfach 1234, Gebäude B');
    expect(field('Street (optional)')).toHaveAccessibleDescription(
      'Longer than 120 characters: the API may refuse it.',
    );
    expect(field('Street number (optional)')).toHaveAccessibleDescription(
      'Longer than 20 characters: the API may refuse it.',
    );
    await user.click(submit());
    expect(await screen.findByRole('heading', { level: 1, name: 'Long Names AG' })).toBeInTheDocument();
    expect(requests.writes()[0]?.body).toMatchObject({ street, streetnumber: 'Postfach 1234, Gebäude B' });
  });

  it('warns about a failed UID checksum but still saves', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await user.type(field('Organisation or person'), 'Docs Example AG');
    await chooseCountry(user, 'ch', /Switzerland/);
    await user.type(field('VAT id (optional)'), 'CHE-123.456.789');
    expect(screen.getByText(/check digit of this Swiss UID does not match/)).toBeInTheDocument();
    await user.click(submit());
    expect(await screen.findByRole('heading', { level: 1, name: 'Docs Example AG' })).toBeInTheDocument();
  });

  it.each([
    [
      'require_error',
      400,
      'description',
      'Organisation or person',
      'The description is required.',
      'are required',
    ],
    ['invalid_input', 400, 'zipcode', 'Zip code (optional)', 'Unknown postal code.', 'parsing or processing'],
    ['uniqueness_error', 409, 'vatid', 'VAT id (optional)', 'This VAT id is taken.', 'must be unique'],
  ])(
    'puts %s from the API on its field, focuses it, and says the status, code and meaning',
    async (code, status, name, label, message, meaning) => {
      const { user } = await renderApp('/customers/new', { connection: 'operator' });
      await fillValidCustomer(user);
      failNextCall({ endpointId: 'customer.create', status, code, field: name, message });
      await user.click(submit());

      await waitFor(() => expect(field(label)).toHaveAccessibleDescription(expect.stringContaining(message)));
      expect(field(label)).toHaveFocus();
      expect(field(label)).toHaveAttribute('aria-invalid', 'true');
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('Not saved: the API refused the request');
      expect(alert).toHaveTextContent(String(status));
      expect(alert).toHaveTextContent(code);
      expect(alert).toHaveTextContent(meaning);
      expect(alert).toHaveTextContent('the marked fields say what to change');
      expect(field('Organisation or person')).toHaveValue('Alpenglühen Software GmbH');
    },
  );

  it('puts the real uniqueness_error (a VAT id another customer has) on the VAT field', async () => {
    const taken = database().customers.find((c) => c.number === DEMO_CUSTOMER_NUMBER)?.vatid ?? '';
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await user.type(field('Organisation or person'), 'Copycat AG');
    await chooseCountry(user, 'ch', /Switzerland/);
    await user.type(field('VAT id (optional)'), taken);
    await user.click(submit());
    await waitFor(() =>
      expect(field('VAT id (optional)')).toHaveAccessibleDescription(
        new RegExp(`already belongs to customer ${DEMO_CUSTOMER_NUMBER}`),
      ),
    );
    expect(field('VAT id (optional)')).toHaveFocus();
  });

  // A 500 or a network error on the POST may have created the customer: customer-faults.test.tsx.
  it.each([
    [{ status: 503, code: 'maintenance' }, /503/, 'Cannot perform operation due to maintenance work'],
    [{ status: 402, code: 'CUSTOMER_CREATE_FAILED' }, /402/, 'Failed to create customer'],
  ])('shows %j in the form with its code and meaning and keeps every value', async (fault, code, meaning) => {
    const { user, router } = await renderApp('/customers/new', { connection: 'operator' });
    await fillValidCustomer(user);
    failNextCall({ endpointId: 'customer.create', ...fault });
    await user.click(submit());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(code);
    expect(alert).toHaveTextContent(meaning);
    expect(alert).toHaveTextContent('Your input is kept');
    expect(router.state.location.pathname).toBe('/customers/new');
    expect(field('Organisation or person')).toHaveValue('Alpenglühen Software GmbH');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('Switzerland (CH)');
    expect(field('Telephone (optional)')).toHaveValue('+41 44 123 45 67');
    expect(field('VAT id (optional)')).toHaveValue('CHE-116.281.710 MWST');

    // Submitting again works and sends the same values.
    await user.click(submit());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alpenglühen Software GmbH' }),
    ).toBeInTheDocument();
  });

  it('sends one request for a double click', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await fillValidCustomer(user);
    await user.dblClick(submit());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alpenglühen Software GmbH' }),
    ).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
  });

  it('after a 429, keeps the values, counts down and then sends exactly one request per click', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await fillValidCustomer(user);
    failNextCall({ endpointId: 'customer.create', status: 429, retryAfter: 2 });
    await user.click(submit());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('rate_limit_exceeded');
    expect(alert).toHaveTextContent('Error when sending too many requests');
    const waiting = screen.getByRole('button', { name: /^Wait 0:0[12]/ });
    expect(waiting).toHaveAttribute('aria-disabled', 'true');
    expect(field('Organisation or person')).toHaveValue('Alpenglühen Software GmbH');
    await user.click(waiting);
    expect(requests.writes()).toHaveLength(1);

    const again = await screen.findByRole('button', { name: 'Create customer' }, { timeout: 4000 });
    expect(again).not.toHaveAttribute('aria-disabled');
    // Nothing was re-sent on its own.
    expect(requests.writes()).toHaveLength(1);
    await user.click(again);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alpenglühen Software GmbH' }),
    ).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(2);
  });

  it('restores a draft after a remount (a reload) and offers to discard it', async () => {
    const first = await renderApp('/customers/new', { connection: 'operator' });
    await first.user.type(field('Organisation or person'), 'Half-typed AG');
    await chooseCountry(first.user, 'germ', /Germany/);
    first.unmount();

    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    expect(field('Organisation or person')).toHaveValue('Half-typed AG');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('Germany (DE)');
    expect(screen.getByText(/Your unsaved changes from .* were restored/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(field('Organisation or person')).toHaveValue('');
    expect(screen.queryByText(/were restored/)).not.toBeInTheDocument();
    // The note and its button are gone: the keyboard's place is the form's first field.
    expect(field('Organisation or person')).toHaveFocus();
  });

  it('keeps the draft through a 401 and the new key', async () => {
    const { user, router } = await renderApp('/customers/new', { connection: 'operator' });
    await fillValidCustomer(user);
    failNextCall({ endpointId: 'customer.create', status: 401, code: 'unauthorized' });
    await user.click(submit());
    await waitFor(() => expect(router.state.location.pathname).toBe('/connect'));
    const redirect = (router.state.location.search as { redirect?: string }).redirect;
    expect(redirect).toBe('/customers/new');

    await screen.findByRole('heading', { level: 1, name: /Connect/ });
    // The user enters the key again on the connect screen and comes back to the form.
    await user.clear(screen.getByLabelText('Base URL'));
    await fill(user, screen.getByLabelText('Base URL'), DEMO_BASE_URL);
    await fill(user, screen.getByLabelText('API key'), demoKey('operator').key);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers/new'));
    expect(await screen.findByRole('heading', { level: 1, name: 'New customer' })).toBeInTheDocument();
    expect(field('Organisation or person')).toHaveValue('Alpenglühen Software GmbH');
    expect(field('VAT id (optional)')).toHaveValue('CHE-116.281.710 MWST');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = await renderApp('/customers/new', { connection: 'operator' });
    await user.type(field('Organisation or person'), 'Unsaved AG');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/customers/new');
    expect(field('Organisation or person')).toHaveValue('Unsaved AG');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave and discard changes' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    expect(readDraft('customer.create')).toBeNull();
  });

  it('with the read-only key, says why it cannot save and sends nothing, even on Enter', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'readonly' });
    expect(screen.getByRole('note')).toHaveTextContent(/read-only/);
    await user.type(field('Organisation or person'), 'Nope AG{Enter}');
    expect(submit()).toHaveAttribute('aria-disabled', 'true');
    expect(submit()).toHaveAccessibleDescription(/read-only/);
    expect(requests.writes()).toEqual([]);
  });
});
