import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_BASE_URL } from '@/api/connection';
import { database } from '@/mocks/db/database';
import { failNextCall } from '@/mocks/demo-controls';
import { demoKey } from '@/mocks/demo-keys';
import { recordRequests } from '@/test/app-helpers';
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

/** A 500: the order may or may not have been placed. */
const SERVER_ERROR = { endpointId: 'asn.create', status: 500, code: 'server_error' } as const;

/** Opens the order form, makes the POST's answer go missing (`fault`), fills it in and sends it. */
async function orderWithAnswerLost(fault: Parameters<typeof failNextCall>[0]) {
  const { user } = await renderApp('/internet/asns/new', { connection: 'operator' });
  await screen.findByRole('heading', { level: 1, name: 'Order an AS number' });
  const requests = recordRequests();
  failNextCall(fault);
  await fillOrder(user);
  const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
  return { user, requests, outcome };
}

describe('an order whose answer was lost', () => {
  it('finds the order in the AS numbers, and never orders it twice', { timeout: 40_000 }, async () => {
    const { user, requests, outcome } = await orderWithAnswerLost({
      endpointId: 'asn.create',
      kind: 'network',
      afterWrite: true,
    });
    expect(within(outcome).getByText('No answer: this may have been saved')).toBeInTheDocument();
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    await user.click(within(outcome).getByRole('button', { name: 'Show the AS numbers' }));
    const list = await screen.findByRole('table', { name: /AS numbers/ });
    expect(within(list).getByRole('cell', { name: 'BERGWERK-AS' })).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    requests.stop();
  });

  it('not listed yet is no proof it was not placed: ordered again only on the user’s click', {
    timeout: 40_000,
  }, async () => {
    const { user, requests, outcome } = await orderWithAnswerLost(SERVER_ERROR);
    expect(await within(outcome).findByText('Not listed yet.')).toBeInTheDocument();
    expect(within(outcome).getByText(/an order can take a while to show/)).toBeInTheDocument();
    expect(within(outcome).queryByRole('button', { name: 'Send again' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'AS name' })).toHaveValue('BERGWERK-AS');
    expect(requests.writes()).toHaveLength(1);

    await user.click(within(outcome).getByRole('button', { name: 'Order anyway (it may be ordered twice)' }));
    expect(await screen.findByRole('table', { name: /AS numbers/ })).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(2);
    requests.stop();
  });

  it('an order listed later is found by “Check again”, and not ordered twice', {
    timeout: 40_000,
  }, async () => {
    const { user, requests, outcome } = await orderWithAnswerLost(SERVER_ERROR);
    await within(outcome).findByText('Not listed yet.');

    // The registry catches up: the order shows in the list now.
    const db = database();
    db.autonomousSystems.push({
      id: 999,
      asn: 65_599,
      name: 'BERGWERK-AS',
      org: 'ORG-BDA1-RIPE',
      country: 'CH',
      created: Date.now(),
    });
    await user.click(within(outcome).getByRole('button', { name: 'Check again' }));
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    requests.stop();
  });
});
