import {
  type InvalidateQueryFilters,
  MutationObserver,
  type MutationOptions,
  partialMatchKey,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';

/** One item's write: an area's own mutation options (from src/api/queries) and what it is sent. */
export interface BulkWrite {
  options: MutationOptions<unknown, Error, unknown, unknown>;
  variables: unknown;
}

/** Keeps the mutation factories' types at the call site, erased for the runner. */
export function bulkWrite<TData, TVariables>(
  options: MutationOptions<TData, Error, TVariables, unknown>,
  variables: TVariables,
): BulkWrite {
  return { options: options as MutationOptions<unknown, Error, unknown, unknown>, variables };
}

/**
 * The query client as a mutation's `onSuccess` sees it during a bulk run: everything as usual
 * (removing a deleted record, dropping a row from a cached list) except invalidation, which is
 * collected and done once at the end. 50 deletes would otherwise refetch the list 50 times.
 */
export function deferringInvalidation(client: QueryClient) {
  const asked: InvalidateQueryFilters[] = [];
  const proxy = new Proxy(client, {
    get(target, property) {
      if (property === 'invalidateQueries')
        return (filters?: InvalidateQueryFilters) => {
          asked.push(filters ?? {});
          return Promise.resolve();
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    client: proxy,
    /** Invalidates what the writes asked for and `listKey`, each query once. */
    flush(listKey: QueryKey): Promise<unknown> {
      return Promise.all(
        coveringFilters([...asked, { queryKey: listKey }]).map((f) => client.invalidateQueries(f)),
      );
    },
  };
}

/** Drops a filter whose queries another plain key filter already covers (its key is a prefix). */
export function coveringFilters(filters: readonly InvalidateQueryFilters[]): InvalidateQueryFilters[] {
  const plain = (f: InvalidateQueryFilters) => Object.keys(f).every((k) => k === 'queryKey');
  const kept: InvalidateQueryFilters[] = [];
  filters.forEach((filter, index) => {
    const covered = filters.some((other, j) => {
      if (j === index || !plain(other) || !other.queryKey || !filter.queryKey) return false;
      if (!partialMatchKey(filter.queryKey, other.queryKey)) return false;
      // Two equal keys: keep the first.
      return partialMatchKey(other.queryKey, filter.queryKey) ? j < index : true;
    });
    const same = kept.some((k) => JSON.stringify(k) === JSON.stringify(filter));
    if (!covered && !same) kept.push(filter);
  });
  return kept;
}

/**
 * Sends one write through the mutation cache (so the app's 401 handling and any listener on the
 * cache see it, and no toast: the summary shows failures), with its `onSuccess` on `client`.
 */
export function sendWrite(realClient: QueryClient, client: QueryClient, write: BulkWrite): Promise<unknown> {
  const { onSuccess, ...options } = write.options;
  const observer = new MutationObserver(realClient, {
    ...options,
    meta: { ...options.meta, form: true },
    onSuccess: (data, variables, result, context) =>
      onSuccess?.(data, variables, result, { ...context, client }),
  });
  return observer.mutate(write.variables);
}
