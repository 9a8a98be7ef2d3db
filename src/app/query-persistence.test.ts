import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { type Connection, connect, disconnect } from '@/api/connection';
import { QUERY_CACHE_STORAGE_KEY } from './persisted-cache';
import { connectionBuster, persistQueryCache, serializeBounded } from './query-persistence';

const SECRET = 'sk-live-0123456789abcdef';
const connection: Connection = {
  kind: 'remote',
  baseUrl: 'https://api.example.test/v1',
  apiKey: SECRET,
  keyHeader: 'bearer',
  remember: false,
};
const customers = [{ name: '10000001', description: 'Bergwerk Digital AG', guid: 'b7f2' }];

const saved = () => sessionStorage.getItem(QUERY_CACHE_STORAGE_KEY);
/** Saves are throttled; wait for the save. */
const waitForSave = () => new Promise((resolve) => setTimeout(resolve, 400));

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  disconnect();
});

async function startTab() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } });
  stops.push(await persistQueryCache(queryClient));
  return queryClient;
}

describe('the query cache kept for the tab', () => {
  it('is restored by a reload of the same connection, and never holds the key or an error', async () => {
    connect(connection);
    const first = await startTab();
    first.setQueryData(['customers', 'list'], customers);
    await first
      .fetchQuery({
        queryKey: ['customers', 'detail', '1'],
        queryFn: () => {
          throw new ApiError({
            kind: 'http',
            status: 403,
            method: 'GET',
            path: '/v1/customer/1',
            message: 'No',
          });
        },
      })
      .catch(() => undefined);
    await waitForSave();
    expect(saved()).toContain('Bergwerk Digital AG');
    expect(saved()).not.toContain(SECRET);
    expect(saved()).not.toContain('/v1/customer/1');
    stops.pop()?.();

    const reloaded = await startTab();
    expect(reloaded.getQueryData(['customers', 'list'])).toEqual(customers);
    expect(reloaded.getQueryState(['customers', 'list'])?.isInvalidated).toBe(false);
  });

  it('is removed when the connection changes or goes, and never restored under another', async () => {
    connect(connection);
    const queryClient = await startTab();
    queryClient.setQueryData(['customers', 'list'], customers);
    await waitForSave();
    expect(saved()).not.toBeNull();
    connect({ ...connection, apiKey: 'another-key' });
    expect(saved()).toBeNull();

    queryClient.setQueryData(['customers', 'list'], customers);
    await waitForSave();
    expect(saved()).not.toBeNull();
    disconnect();
    expect(saved()).toBeNull();
    stops.pop()?.();

    // A tab whose saved cache belongs to the first key, reloaded holding another key: nothing restored.
    connect(connection);
    const first = await startTab();
    first.setQueryData(['customers', 'list'], customers);
    await waitForSave();
    stops.pop()?.();
    const savedForFirstKey = saved();
    connect({ ...connection, apiKey: 'another-key' });
    sessionStorage.setItem(QUERY_CACHE_STORAGE_KEY, savedForFirstKey ?? '');
    const other = await startTab();
    expect(other.getQueryData(['customers', 'list'])).toBeUndefined();
  });

  it('stays within its size bound by dropping the largest queries', () => {
    const query = (id: string, size: number) => ({
      queryKey: [id],
      queryHash: JSON.stringify([id]),
      state: { data: 'x'.repeat(size), status: 'success' as const },
    });
    const client = {
      timestamp: 0,
      buster: 'b',
      clientState: {
        mutations: [],
        queries: [query('small', 10), query('large', 5000), query('medium', 500)],
      },
    } as unknown as Parameters<typeof serializeBounded>[0];
    const text = serializeBounded(client, 1000);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toContain('"small"');
    expect(text).toContain('"medium"');
    expect(text).not.toContain('"large"');
  });

  it('measures a large list once, not on every save, and counts its size exactly', () => {
    // A list's data as the cache holds it (an object); `toJSON` counts each time it is serialised.
    let serialised = 0;
    const rows = {
      toJSON() {
        serialised += 1;
        return Array.from({ length: 200 }, (_, n) => ({ id: n, name: `Row ${n}` }));
      },
    };
    const client = {
      timestamp: 0,
      buster: 'b',
      clientState: {
        mutations: [],
        queries: [
          { queryKey: ['rows'], queryHash: '["rows"]', state: { data: rows, status: 'success' } },
          { queryKey: ['one'], queryHash: '["one"]', state: { data: { id: 1 }, status: 'success' } },
        ],
      },
    } as unknown as Parameters<typeof serializeBounded>[0];
    const whole = JSON.stringify(client);
    serialised = 0;

    // Just fits: kept as a whole. One character less: the list is dropped, the small query kept.
    expect(serializeBounded(client, whole.length)).toBe(whole);
    const bounded = serializeBounded(client, whole.length - 1);
    expect(bounded).not.toContain('Row 1');
    expect(JSON.parse(bounded).clientState.queries).toEqual([client.clientState.queries[1]]);
    // Once to measure it, once for the save it fitted in; the save that dropped it did not serialise it.
    expect(serialised).toBe(2);
  });

  it('names a connection without its key', () => {
    expect(connectionBuster(connection)).not.toContain(SECRET);
    expect(connectionBuster(connection)).not.toBe(connectionBuster({ ...connection, apiKey: 'other' }));
  });
});
