import { partialMatchKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * A DELETE's cache work: the lists that showed the record are read again, the record itself never
 * (a 404 in the request log, and a request of the hourly budget). The record leaves the cache once
 * no page shows it: its page shows it until the delete has settled, and a page re-rendered over a
 * removed query (when a list it reads comes back) asks the API for it anew.
 */
export async function forgetDeleted(client: QueryClient, record: QueryKey, lists: QueryKey): Promise<void> {
  await client.cancelQueries({ queryKey: record });
  await client.invalidateQueries({
    queryKey: lists,
    predicate: (query) => !partialMatchKey(query.queryKey, record),
  });
  const cache = client.getQueryCache();
  const shown = () => cache.findAll({ queryKey: record }).some((query) => query.getObserversCount() > 0);
  if (!shown()) {
    client.removeQueries({ queryKey: record });
    return;
  }
  const stop = cache.subscribe((event) => {
    if (event.type !== 'observerRemoved' || shown()) return;
    stop();
    client.removeQueries({ queryKey: record });
  });
}
