import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';
import { CUSTOMER_FIELDS } from './customer-form-values';
import { field, giveScrollersHeight, recordRequests } from './customer-test-helpers';

const save = () => screen.getByRole('button', { name: 'Save changes' });

describe('edit a customer', { timeout: 20_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    giveScrollersHeight();
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('starts from the customer and sends PUT with the documented fields only', async () => {
    const { user } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Edit Bergwerk Digital AG' })).toBeInTheDocument();
    expect(field('Customer number')).toHaveValue(DEMO_CUSTOMER_NUMBER);
    expect(field('Customer number')).toHaveAttribute('readonly');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('Switzerland (CH)');

    await user.clear(field('Organisation or person'));
    await user.type(field('Organisation or person'), 'Bergwerk Digital Holding AG');
    await user.clear(field('Mobile (optional)'));
    await user.click(save());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bergwerk Digital Holding AG' }),
    ).toBeInTheDocument();
    const [put] = requests.writes();
    expect(put).toMatchObject({ method: 'PUT', path: `/v1/customer/${DEMO_CUSTOMER_NUMBER}` });
    const body = put?.body as Record<string, unknown>;
    expect(Object.keys(body).every((key) => (CUSTOMER_FIELDS as readonly string[]).includes(key))).toBe(true);
    expect(body).toMatchObject({ description: 'Bergwerk Digital Holding AG', country: 'CH', city: 'Zürich' });
    // A cleared optional field is left out, which the API's PUT (same fields as POST) reads as empty.
    expect(body).not.toHaveProperty('mobile');
    for (const undocumented of ['name', 'guid', 'created', 'modified', 'customerNumber']) {
      expect(body).not.toHaveProperty(undocumented);
    }
  });

  it('"Leave and discard changes" discards them: nothing is sent, the customer is unchanged', async () => {
    const { user, router } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, {
      connection: 'operator',
    });
    await user.type(field('Organisation or person'), ' X');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave and discard changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${DEMO_CUSTOMER_NUMBER}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bergwerk Digital AG' })).toBeInTheDocument();
    expect(requests.writes()).toEqual([]);
  });

  it('leads back through the breadcrumb to the customer and the list', async () => {
    const { user, router } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, {
      connection: 'operator',
    });
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getByRole('link', { name: 'Customers' })).toHaveAttribute('href', '/customers');
    // The steps lead elsewhere: a screen reader must not hear "current page" on them.
    for (const step of within(trail).getAllByRole('link')) expect(step).not.toHaveAttribute('aria-current');
    await user.click(within(trail).getAllByRole('link')[1] as HTMLElement);
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/customers/${DEMO_CUSTOMER_NUMBER}`);
  });

  it('puts INVALID_CUSTOMER_NUMBER on the customer number and focuses it', async () => {
    const { user } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, { connection: 'operator' });
    failNextCall({
      endpointId: 'customer.update',
      status: 404,
      code: 'INVALID_CUSTOMER_NUMBER',
      field: 'customerNumber',
      message: `Customer ${DEMO_CUSTOMER_NUMBER} does not exist.`,
    });
    await user.click(save());
    await waitFor(() =>
      expect(field('Customer number')).toHaveAccessibleDescription(
        expect.stringContaining(`Customer ${DEMO_CUSTOMER_NUMBER} does not exist.`),
      ),
    );
    expect(field('Customer number')).toHaveFocus();
  });

  it('explains a 409 locked customer in the form and keeps the change', async () => {
    const { user } = await renderApp('/customers/10000006/edit', { connection: 'operator' });
    await user.type(field('City (optional)'), ' Ost');
    await user.click(save());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('409');
    expect(alert).toHaveTextContent('locked');
    expect(alert).toHaveTextContent('there is already an Action running');
    expect(field('City (optional)')).toHaveValue('St. Gallen Ost');
  });

  it('keeps a separate draft per customer', async () => {
    const first = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, { connection: 'operator' });
    await first.user.type(field('State (optional)'), '!');
    first.unmount();

    await renderApp('/customers/10000003/edit', { connection: 'operator' });
    expect(field('State (optional)')).not.toHaveValue('ZH!');
    expect(screen.queryByText(/were restored/)).not.toBeInTheDocument();
  });
});
