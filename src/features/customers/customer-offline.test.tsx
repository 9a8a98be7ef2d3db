import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { chooseCountry, field, fill, giveScrollersHeight, recordRequests } from './customer-test-helpers';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

describe('offline', { timeout: 20_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    giveScrollersHeight();
    requests = recordRequests();
  });
  afterEach(() => {
    requests.stop();
    vi.restoreAllMocks();
  });

  it('a submit while offline is refused at once, kept, and never sent on reconnect', async () => {
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    await fill(user, field('Organisation or person'), 'Funkloch AG');
    await chooseCountry(user, 'switz', /Switzerland/);
    goOffline(true);
    expect(screen.getByText(/You are offline\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Not sent: you are offline')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create customer' })).toBeEnabled();
    expect(field('Organisation or person')).toHaveValue('Funkloch AG');

    goOffline(false);
    expect(screen.queryByText(/You are offline\./)).not.toBeInTheDocument();
    // Back online, nothing goes out by itself: the user decides.
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(requests.writes()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Funkloch AG' })).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
  });

  it('a page opened while offline shows the offline error instead of a spinner', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await renderApp('/customers', { connection: 'operator' });
    expect(await screen.findByText('You are offline: nothing was sent.')).toBeInTheDocument();
    expect(screen.getByText(/You are offline\./)).toBeInTheDocument();
    expect(requests.seen).toEqual([]);
  });
});
