import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionStore, DEMO_BASE_URL } from '@/api/connection';
import { rateLimitStore } from '@/api/rate-limit';
import { RateLimitBanner } from '@/features/rate-limit/rate-limit-banner';
import { demoStore, getDataSet, getRateLimit } from '@/mocks/demo-controls';
import { demoKey } from '@/mocks/demo-keys';
import { call } from '@/mocks/test-helpers';
import { DemoPanel } from './demo-panel';

function renderPanel() {
  const client = new QueryClient();
  // No delay between keystrokes: the panel re-renders its 43-option select on each.
  const user = userEvent.setup({ delay: null });
  render(
    <QueryClientProvider client={client}>
      <DemoPanel open onClose={() => {}} />
    </QueryClientProvider>,
  );
  return { user, dialog: screen.getByRole('dialog', { name: 'Demo controls' }) };
}

beforeEach(() => {
  connectionStore.set({
    kind: 'demo',
    baseUrl: DEMO_BASE_URL,
    apiKey: demoKey('operator').key,
    keyHeader: 'bearer',
    remember: false,
  });
});

afterEach(() => {
  connectionStore.set(null);
});

// Generous: a loaded CI machine renders the drawer slowly.
describe('DemoPanel', { timeout: 20_000 }, () => {
  it('has a name for every control (axe)', async () => {
    const { dialog } = renderPanel();
    const results = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('says that a reload forgets armed failures but keeps the data', () => {
    const { dialog } = renderPanel();
    expect(dialog).toHaveAccessibleDescription(
      /data and rate limit survive a reload; failures, maintenance and latency do not/,
    );
  });

  it('fails the next call to a chosen endpoint with the status and code entered', async () => {
    const { user, dialog } = renderPanel();
    await user.selectOptions(
      within(dialog).getByLabelText('Which call'),
      'GET /v1/customer/{customerNumber}',
    );
    await user.clear(within(dialog).getByLabelText('Code'));
    await user.type(within(dialog).getByLabelText('Code'), 'INVALID_CUSTOMER_NUMBER');
    // Picking a documented code fills in its usual status.
    expect(within(dialog).getByLabelText('Status')).toHaveValue('400');
    await user.type(within(dialog).getByLabelText(/Field name/), 'customerNumber');
    await user.click(within(dialog).getByRole('button', { name: 'Fail the next call' }));

    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'The next call to GET /v1/customer/{customerNumber} fails.',
    );
    expect(within(dialog).getByText(/400 INVALID_CUSTOMER_NUMBER on customerNumber/)).toBeInTheDocument();
    expect((await call('customer.list')).status).toBe(200);
    const failed = await call('customer.get', { params: { customerNumber: '10000001' } });
    expect(failed.status).toBe(400);
    expect(failed.body).toMatchObject({ error: 'INVALID_CUSTOMER_NUMBER', field: 'customerNumber' });
  });

  it('fails every call to an endpoint until cleared', async () => {
    const { user, dialog } = renderPanel();
    await user.selectOptions(within(dialog).getByLabelText('Which call'), 'GET /v1/internet/exchange');
    await user.click(within(dialog).getByLabelText('Every call until cleared'));
    await user.click(within(dialog).getByLabelText('HTML 502 page from a proxy'));
    await user.click(within(dialog).getByRole('button', { name: 'Fail every call' }));
    expect((await call('exchange.list')).status).toBe(502);
    expect((await call('exchange.list')).status).toBe(502);
    within(dialog).getByRole('button', { name: 'Clear the failure of GET /v1/internet/exchange' }).focus();
    await user.keyboard('{Enter}');
    expect((await call('exchange.list')).status).toBe(200);
    // Its row went: the keyboard's place is the button that arms a failure.
    expect(within(dialog).getByRole('button', { name: /^Fail (the next|every) call$/ })).toHaveFocus();
  });

  it('does not arm a failure with an impossible status', async () => {
    const { user, dialog } = renderPanel();
    await user.clear(within(dialog).getByLabelText('Status'));
    await user.type(within(dialog).getByLabelText('Status'), '42');
    await user.click(within(dialog).getByRole('button', { name: 'Fail the next call' }));
    expect(within(dialog).getByText('Enter a status from 400 to 599')).toBeInTheDocument();
    expect(demoStore.get().faults.next).toBeNull();
  });

  it('turns maintenance on and sets the latency', async () => {
    const { user, dialog } = renderPanel();
    await user.click(within(dialog).getByRole('switch', { name: /Maintenance mode/ }));
    expect(demoStore.get().faults.maintenance).toBe(true);
    expect((await call('customer.list')).status).toBe(503);
    await user.type(within(dialog).getByLabelText('Latency in milliseconds'), '300');
    expect(demoStore.get().faults.latencyMs).toBe(300);
    await user.clear(within(dialog).getByLabelText('Latency in milliseconds'));
    expect(demoStore.get().faults.latencyMs).toBeNull();
  });

  it('shows the budget of the key in use and uses it up', async () => {
    await call('customer.list');
    const { user, dialog } = renderPanel();
    expect(dialog).toHaveTextContent('3,599 of 3,600 requests left for the Operator key.');
    await user.click(within(dialog).getByRole('button', { name: 'Use up the rate limit' }));
    expect(getRateLimit('operator').remaining).toBe(0);
    expect(dialog).toHaveTextContent('0 of 3,600 requests left');
    expect((await call('customer.list')).status).toBe(429);
    await user.click(within(dialog).getByRole('button', { name: 'Refill' }));
    expect((await call('customer.list')).status).toBe(200);
  });

  it('moves the header banner at once when the budget is used up or refilled', async () => {
    rateLimitStore.set(null);
    const { user, dialog } = renderPanel();
    render(<RateLimitBanner />);
    expect(screen.getByText('Rate limit: not measured yet')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Use up the rate limit' }));
    expect(screen.getByText(/^Rate limit low: 0 \/ 3,600 · full in 1 h/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Refill' }));
    expect(screen.getByText('Rate limit: 3,600 / 3,600 · full')).toBeInTheDocument();
  });

  it('shows the order balance as money, in the currency the prices are shown in', async () => {
    const { user, dialog } = renderPanel();
    await user.click(within(dialog).getByRole('button', { name: 'Empty the balance' }));
    expect(within(dialog).getByText(/^Balance:/)).toHaveTextContent(/^Balance: CHF\s0\.00$/);
    await user.click(within(dialog).getByRole('button', { name: /^Top up to CHF\s1.000\.00$/ }));
    expect(within(dialog).getByText(/^Balance:/)).toHaveTextContent(/^Balance: CHF\s1.000\.00$/);
  });

  it('switches the data set and resets the data', async () => {
    const { user, dialog } = renderPanel();
    await user.click(within(dialog).getByLabelText(/^Large/));
    expect(getDataSet()).toBe('large');
    await call('user.delete', { params: { userId: '10000001_1' } });
    await user.click(within(dialog).getByRole('button', { name: 'Reset demo data' }));
    expect((await call('user.get', { params: { userId: '10000001_1' } })).status).toBe(200);
    expect(getDataSet()).toBe('large');
  });
});
