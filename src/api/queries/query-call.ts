import type { QueryFunctionContext } from '@tanstack/react-query';
import { type CallInput, callEndpoint } from '../client';
import type { AnyEndpoint, EndpointResult } from '../endpoint';

/**
 * A query's fetch: the endpoint called with the cache's abort signal and the initiator the query's
 * meta names, so a call a route's preload makes says so in the request log (routes/-route-data.ts).
 */
export const queryCall =
  <E extends AnyEndpoint>(endpoint: E, input: CallInput = {}) =>
  ({ signal, meta }: QueryFunctionContext): Promise<EndpointResult<E>> =>
    callEndpoint(endpoint, input, { signal, initiator: meta?.initiator });
