import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerKeys } from '@/api/queries/customers';
import { giveScrollersHeight, recordRequests } from '@/features/customers/customer-test-helpers';
import { setRateLimitRemaining } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';

/** Opens the list, leaves for a detail page, makes the cached list stale and comes back. */
async function returnToStaleList(remaining: number) {
  setRateLimitRemaining('operator', remaining);
  const { router, queryClient } = await renderApp('/customers', { connection: 'operator' });
  expect(await screen.findByRole('link', { name: DEMO_CUSTOMER_NUMBER })).toBeInTheDocument();
  await act(() =>
    router.navigate({ to: '/customers/$customerNumber', params: { customerNumber: DEMO_CUSTOMER_NUMBER } }),
  );
  await screen.findByRole('heading', { level: 1, name: 'Bergwerk Digital AG' });
  const list = queryClient.getQueryData(customerKeys.list());
  queryClient.setQueryData(customerKeys.list(), list, { updatedAt: Date.now() - 120_000 });
  const requests = recordRequests();
  await act(() => router.navigate({ to: '/customers' }));
  expect(await screen.findByRole('link', { name: DEMO_CUSTOMER_NUMBER })).toBeInTheDocument();
  return requests;
}

describe('a low rate-limit budget', { timeout: 30_000 }, () => {
  let requests: ReturnType<typeof recordRequests> | undefined;
  beforeEach(() => giveScrollersHeight());
  afterEach(() => requests?.stop());

  it('pauses background refetches, shows the cached list and says so in the banner', async () => {
    requests = await returnToStaleList(60);
    expect(screen.getByText(/Rate limit low: \d+ \/ 3,600 .* background refresh paused/)).toBeInTheDocument();
    // Give a refetch every chance to start: none does.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(requests.seen).toEqual([]);
  });

  it('with a healthy budget the stale list is refetched on return (the control case)', async () => {
    const seen = await returnToStaleList(3000);
    requests = seen;
    await waitFor(() => expect(seen.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/customer']));
    expect(screen.queryByText(/background refresh paused/)).not.toBeInTheDocument();
  });
});
