import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import {
  type PersistedClient,
  persistQueryClientRestore,
  persistQueryClientSubscribe,
  removeOldestQuery,
} from '@tanstack/react-query-persist-client';
import { type Connection, connectionFingerprint, connectionStore } from '@/api/connection';
import { QUERY_CACHE_STORAGE_KEY } from './persisted-cache';

/**
 * The query cache survives a reload of the tab, so data fetched seconds before is not fetched
 * again (the hourly budget is shared with the customer's own automation). Kept in
 * sessionStorage (gone with the tab), bounded, only successful reads (never errors, never
 * mutations, so never a request's details), tied to the connection: another connection or none
 * finds nothing, and the saved cache is removed when the connection changes or goes (sign-out,
 * a 401).
 */

/** Well under sessionStorage's usual 5 MB (UTF-16: two bytes a character). */
const MAX_PERSISTED_CHARS = 1_000_000;
/** As long as the query client keeps unused data (gcTime). */
const MAX_AGE_MS = 5 * 60_000;

/**
 * Names the connection without holding the key: a 53-bit hash of base URL, header style and key
 * (cyrb53), so a cache saved for one connection is never restored under another.
 */
/** The cache of one connection is never restored under another. */
export const connectionBuster = (connection: Connection): string => connectionFingerprint(connection);

type SavedQuery = PersistedClient['clientState']['queries'][number];

/**
 * Each query's data as JSON, in characters, per data object: saves come every few hundred ms, and
 * a list of 10 000 users (2.3 M characters) cost two full serialisations per save, 25 to 30 ms of
 * main thread, before it was dropped as too large. Cached data is never changed in place.
 */
const dataSizes = new WeakMap<object, number>();

function querySize(query: SavedQuery): number {
  const data: unknown = query.state.data;
  if (typeof data !== 'object' || data === null) return JSON.stringify(query).length;
  let size = dataSizes.get(data);
  if (size === undefined) {
    size = JSON.stringify(data).length;
    dataSizes.set(data, size);
  }
  // The rest of the query measured with `null` (4 characters) in the data's place.
  return JSON.stringify({ ...query, state: { ...query.state, data: null } }).length - 4 + size;
}

/** JSON, without the largest queries when it would not fit; only what is kept is serialised. */
export function serializeBounded(client: PersistedClient, maxChars = MAX_PERSISTED_CHARS): string {
  const sized = client.clientState.queries.map((query) => ({ query, size: querySize(query) }));
  const withQueries = (queries: SavedQuery[]) => ({
    ...client,
    clientState: { ...client.clientState, queries },
  });
  // The client around its queries, each query, and a comma between two.
  let length =
    JSON.stringify(withQueries([])).length +
    sized.reduce((sum, { size }) => sum + size, 0) +
    Math.max(sized.length - 1, 0);
  if (length <= maxChars) return JSON.stringify(client);
  sized.sort((a, b) => a.size - b.size);
  while (sized.length > 0 && length > maxChars) {
    length -= (sized.pop()?.size ?? 0) + (sized.length > 0 ? 1 : 0);
  }
  return JSON.stringify(withQueries(sized.map((s) => s.query)));
}

function tabStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Restores the saved cache (when it belongs to the current connection and is recent), then keeps
 * saving it; follows connection changes. Returns a function that stops it.
 */
export async function persistQueryCache(queryClient: QueryClient): Promise<() => void> {
  const storage = tabStorage();
  const persister = createSyncStoragePersister({
    storage,
    key: QUERY_CACHE_STORAGE_KEY,
    throttleTime: 250,
    serialize: (client) => serializeBounded(client),
    retry: removeOldestQuery,
  });
  const dehydrateOptions = {
    shouldDehydrateQuery: (query: { state: { status: string } }) => query.state.status === 'success',
    shouldDehydrateMutation: () => false,
  };

  let current = connectionStore.get();
  if (current) {
    await persistQueryClientRestore({
      queryClient,
      persister,
      maxAge: MAX_AGE_MS,
      buster: connectionBuster(current),
    });
  } else {
    storage?.removeItem(QUERY_CACHE_STORAGE_KEY);
  }

  let unsubscribe: (() => void) | null = null;
  const follow = (connection: Connection | null) => {
    unsubscribe?.();
    unsubscribe = connection
      ? persistQueryClientSubscribe({
          queryClient,
          persister,
          buster: connectionBuster(connection),
          dehydrateOptions,
        })
      : null;
  };
  follow(current);

  const stopConnection = connectionStore.subscribe(() => {
    const next = connectionStore.get();
    if (next === current) return;
    const changed = !next || !current || connectionBuster(next) !== connectionBuster(current);
    current = next;
    if (!changed) return;
    // Never restore one connection's data under another, nor keep it after a sign-out.
    storage?.removeItem(QUERY_CACHE_STORAGE_KEY);
    follow(next);
  });

  // Saves are throttled: a reload right after a read must still find it.
  const flush = () => {
    if (!current || !storage) return;
    const client = {
      timestamp: Date.now(),
      buster: connectionBuster(current),
      clientState: dehydrate(queryClient, dehydrateOptions),
    };
    try {
      storage.setItem(QUERY_CACHE_STORAGE_KEY, serializeBounded(client));
    } catch {
      // Storage full or disabled: the next load fetches, as without a cache.
    }
  };
  globalThis.addEventListener?.('pagehide', flush);

  return () => {
    globalThis.removeEventListener?.('pagehide', flush);
    stopConnection();
    unsubscribe?.();
  };
}
