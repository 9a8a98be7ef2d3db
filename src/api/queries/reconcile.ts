import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * The query read from the API now, whatever the cache holds: after a write whose answer was lost,
 * or a `conflict`, the cached copy is what was there before.
 */
export function readFresh<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  client: QueryClient,
  query: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<TData> {
  return client.fetchQuery({ ...query, staleTime: 0 });
}

/**
 * After a write whose answer was lost, the record that was re-read "carries" the sent values when
 * every sent field is there with the same value (text compared trimmed and case-insensitively:
 * an API may normalise case). Fields not sent (undefined) are not compared.
 */
export function carriesValues(record: unknown, sent: Readonly<Record<string, unknown>>): boolean {
  if (!record || typeof record !== 'object') return false;
  const values = record as Record<string, unknown>;
  const norm = (v: unknown) => (v == null ? '' : String(v).trim().toLowerCase());
  return Object.entries(sent).every(
    ([name, value]) => value === undefined || norm(values[name]) === norm(value),
  );
}
