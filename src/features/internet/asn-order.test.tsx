import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_BASE_URL } from '@/api/connection';
import { demoKey } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';

// A key whose ordering switch is unknown up front, as for any real key: the console learns it
// from the first refusal.
const unknownKey = {
  kind: 'demo' as const,
  baseUrl: DEMO_BASE_URL,
  apiKey: demoKey('no-ordering').key,
  keyHeader: 'bearer' as const,
  remember: false,
};

async function fillOrder(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(screen.getByRole('textbox', { name: 'RIPE ORG-ID' }), 'ORG-BDA1-RIPE');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'CH');
  await user.type(screen.getByRole('textbox', { name: 'AS name' }), 'BERGWERK-AS');
  await user.click(screen.getByRole('button', { name: 'Review price and order' }));
  const dialog = await screen.findByRole('dialog', { name: 'Confirm the order' });
  await user.click(within(dialog).getByRole('button', { name: /^Order for/ }));
}

describe('ordering refused', () => {
  it('ORDERING_NOT_ENABLED is explained, and ordering stays off for this key', {
    timeout: 40_000,
  }, async () => {
    const { user, router } = await renderApp('/internet/asns/new', { connection: unknownKey });
    await screen.findByRole('heading', { level: 1, name: 'Order an AS number' });
    await fillOrder(user);
    const note = await screen.findByText('Not ordered: ordering is not enabled for this key');
    expect(note.closest('[role="note"]')).toHaveTextContent('under “Access”');
    expect(screen.getByRole('alert')).toHaveTextContent('ORDERING_NOT_ENABLED');
    // The input is kept, the button is off with the reason.
    expect(screen.getByRole('textbox', { name: 'AS name' })).toHaveValue('BERGWERK-AS');
    expect(screen.getByRole('button', { name: 'Review price and order' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    // Leaving the filled form asks first.
    void router.navigate({ to: '/internet/asns' });
    const leave = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(leave).getByRole('button', { name: 'Leave and discard changes' }));
    const order = await screen.findByRole('button', { name: 'Order an AS number' });
    expect(order).toHaveAttribute('aria-disabled', 'true');
    expect(order).toHaveAttribute('title', expect.stringContaining('ORDERING_NOT_ENABLED'));
  });
});
