import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { connectionStore } from '@/api/connection';
import { renderApp } from '@/test/render-app';

const failing = (status: number) => () => {
  throw new ApiError({
    kind: 'http',
    status,
    method: 'GET',
    path: '/v1/customer',
    message: `HTTP ${status}`,
  });
};

describe('session', () => {
  it('drops the key on a 401 and sends the user to connect, then back', async () => {
    const { router, queryClient } = await renderApp('/explorer?area=dns', { connection: 'operator' });
    await queryClient.fetchQuery({ queryKey: ['x'], queryFn: failing(401) }).catch(() => undefined);

    await waitFor(() => expect(router.state.location.pathname).toBe('/connect'));
    expect(router.state.location.search).toEqual({ reason: 'unauthorized', redirect: '/explorer?area=dns' });
    expect(connectionStore.get()).toBeNull();
  });

  it('never signs anyone out on a 429', async () => {
    const { router, queryClient } = await renderApp('/', { connection: 'operator' });
    await queryClient.fetchQuery({ queryKey: ['x'], queryFn: failing(429) }).catch(() => undefined);

    expect(router.state.location.pathname).toBe('/');
    expect(connectionStore.get()).not.toBeNull();
  });
});
