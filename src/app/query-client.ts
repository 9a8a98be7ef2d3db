import {
  type DefaultError,
  type FetchQueryOptions,
  isCancelledError,
  MutationCache,
  QueryCache,
  QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { CallInitiator } from '@/api/call-events';
import { isApiError } from '@/api/is-api-error';
import { backgroundWorkPaused } from '@/api/rate-limit';
import { rateLimitedUntil } from '@/api/rate-limit-store';

export interface QueryClientHooks {
  /** A 401 anywhere: the key is wrong or revoked. */
  onUnauthorized(): void;
  /** Anything the page itself does not show. */
  onBackgroundError(error: unknown): void;
}

const MAX_BACKOFF_MS = 8_000;
/**
 * The longest one retry waits on the API's `Retry-After`; with two retries a loading view waits at
 * most twice this. Beyond it the page shows the error and its countdown instead of a spinner.
 */
const MAX_RETRY_WAIT_MS = 5_000;

/** Queries retry only what may succeed next time: 5xx and network trouble, never 4xx or 429. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  if (error.isPermanent || error.isRateLimited || rateLimitedUntil() || backgroundWorkPaused()) return false;
  return !(error.retryAt && error.retryAt - Date.now() > MAX_RETRY_WAIT_MS);
}

/** Exponential backoff, but never earlier than the API's Retry-After. */
export function retryDelay(attempt: number, error: unknown): number {
  const backoff = Math.min(1000 * 2 ** attempt, MAX_BACKOFF_MS);
  const retryAt = isApiError(error) ? error.retryAt : null;
  return retryAt ? Math.max(backoff, retryAt - Date.now()) : backoff;
}

declare module '@tanstack/react-query' {
  interface Register {
    /** `initiator`: set by a route's preload (routes/-route-data.ts), said in the request log. */
    queryMeta: { silent?: boolean; initiator?: CallInitiator };
    /** `form`: the form shows the error at its fields, so no toast. */
    mutationMeta: { form?: boolean; success?: string };
  }
}

/**
 * A route loader's fetch may be the one the page being left started. When the router shows the
 * next page's loading state, that page unmounts and its request is aborted, and the loader would
 * fail with react-query's CancelledError: so a cancelled fetch is asked for once more.
 */
class LoaderSafeQueryClient extends QueryClient {
  override fetchQuery<
    TQueryFnData,
    TError = DefaultError,
    TData = TQueryFnData,
    TQueryKey extends QueryKey = QueryKey,
    TPageParam = never,
  >(options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey, TPageParam>): Promise<TData> {
    return super.fetchQuery(options).catch((error: unknown) => {
      if (!isCancelledError(error)) throw error;
      return super.fetchQuery(options);
    });
  }
}

export function createQueryClient(hooks: QueryClientHooks): QueryClient {
  const handle = (error: unknown, shownByPage: boolean) => {
    if (isApiError(error) && error.kind === 'aborted') return;
    if (isApiError(error) && error.isUnauthorized && error.kind === 'http') {
      hooks.onUnauthorized();
      return;
    }
    if (!shownByPage) hooks.onBackgroundError(error);
  };
  return new LoaderSafeQueryClient({
    queryCache: new QueryCache({
      // A first load that fails is shown by the page; a failing refetch behind shown data is not.
      onError: (error, query) => handle(error, query.meta?.silent === true || query.state.data === undefined),
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => handle(error, mutation.meta?.form === true),
    }),
    defaultOptions: {
      queries: {
        // 3600 requests an hour: data stays fresh for a while and focus does not refetch.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // A low budget keeps the cache as it is: stale data is shown rather than refetched.
        refetchOnMount: () => !backgroundWorkPaused(),
        refetchOnReconnect: () => !backgroundWorkPaused(),
        retry: shouldRetry,
        retryDelay,
        // 'always': offline, a query fails at once (the client refuses) instead of pausing with its
        // spinner running; the page shows the offline error, the banner says why.
        networkMode: 'always',
      },
      // Never paused while offline and replayed on reconnect: a write goes out only when clicked.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
