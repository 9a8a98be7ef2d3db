import type { EnsureQueryDataOptions, Query, QueryClient } from '@tanstack/react-query';
import { backgroundWorkPaused } from '@/api/rate-limit';

/** What a route loader is given that matters here (TanStack Router's loader context). */
export interface RouteLoad {
  context: { queryClient: QueryClient };
  /**
   * 'preload': a hover or focus on a link asks for the page before the click; 'enter': a
   * navigation onto the page; 'stay': the page again (e.g. "Try again").
   */
  cause: 'preload' | 'enter' | 'stay';
}

// biome-ignore lint/suspicious/noExplicitAny: any query of any shape; only its state is read.
type AnyQueryOptions = EnsureQueryDataOptions<any, any, any, any>;

/**
 * How long a failure met by a preload answers the click that follows it. The router keeps a
 * preload's data but not its failure: without this, the click would ask again at once (after a
 * 429, right after the API asked to wait). Later than this, a click asks anew.
 */
export const PRELOAD_FAILURE_ANSWERS_MS = 10_000;

/** Queries whose last answer was a preload's failure the page has not shown: when it came. */
const preloadFailures = new WeakMap<Query, number>();

function failedQuery(queryClient: QueryClient, options: AnyQueryOptions): Query | undefined {
  const query = queryClient.getQueryCache().find({ queryKey: options.queryKey, exact: true });
  const state = query?.state;
  return state?.status === 'error' && state.data === undefined && state.fetchStatus === 'idle'
    ? query
    : undefined;
}

async function ensureOne(load: RouteLoad, options: AnyQueryOptions): Promise<void> {
  const { queryClient } = load.context;
  const failed = failedQuery(queryClient, options);
  if (load.cause === 'preload') {
    // A preload is speculative, so it is background work: it waits while the budget is low or the
    // API asked to wait, and never asks again for what failed. The click decides, and asks once.
    if (failed || backgroundWorkPaused()) return;
    try {
      // Marked, so the request log tells this call from the ones the user's steps made.
      await queryClient.ensureQueryData({ ...options, meta: { ...options.meta, initiator: 'preload' } });
    } catch (error) {
      const query = failedQuery(queryClient, options);
      if (query) preloadFailures.set(query, query.state.errorUpdatedAt);
      throw error;
    }
    return;
  }
  const failedAt = failed ? preloadFailures.get(failed) : undefined;
  if (failed && failedAt !== undefined) {
    preloadFailures.delete(failed);
    const fresh = Date.now() - failedAt < PRELOAD_FAILURE_ANSWERS_MS;
    if (load.cause === 'enter' && fresh && failed.state.errorUpdatedAt === failedAt) throw failed.state.error;
  }
  await queryClient.ensureQueryData(options);
}

/**
 * A route loader's reads: each query from the cache, or asked for once. Every loader goes
 * through here (-route-data.test.tsx checks it), so a hover's preload and the click after it
 * together ask the API once, whether the answer is data or a failure.
 */
export async function ensureRouteData(load: RouteLoad, ...queries: AnyQueryOptions[]): Promise<void> {
  await Promise.all(queries.map((options) => ensureOne(load, options)));
}

/** The same for a page that works without the data: a failure is the page's to show, not the loader's. */
export function prefetchRouteData(load: RouteLoad, ...queries: AnyQueryOptions[]): Promise<void> {
  return ensureRouteData(load, ...queries).catch(() => undefined);
}
