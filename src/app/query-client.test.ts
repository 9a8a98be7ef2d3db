import { QueryObserver, queryOptions } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from '@/api/api-error';
import { rateLimitStore } from '@/api/rate-limit';
import { createQueryClient, retryDelay, shouldRetry } from './query-client';

const error = (init: Partial<ApiErrorInit>) =>
  new ApiError({ kind: 'http', method: 'GET', path: '/v1/customer', message: 'x', ...init });

afterEach(() => rateLimitStore.set(null));

describe('query retry policy for a 3600-an-hour budget', () => {
  it('never retries a 4xx, a 429 or a schema mismatch', () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429])
      expect(shouldRetry(0, error({ status }))).toBe(false);
    expect(shouldRetry(0, error({ kind: 'unexpected-body', status: 200 }))).toBe(false);
  });

  it('retries a 5xx or a network failure twice at most', () => {
    expect(shouldRetry(0, error({ status: 503 }))).toBe(true);
    expect(shouldRetry(1, error({ kind: 'network' }))).toBe(true);
    expect(shouldRetry(2, error({ status: 500 }))).toBe(false);
  });

  it('does not retry while rate-limited or when Retry-After is far away', () => {
    rateLimitStore.set({
      limit: 3600,
      remaining: 0,
      resetAt: null,
      observedAt: Date.now(),
      blockedUntil: Date.now() + 5000,
    });
    expect(shouldRetry(0, error({ status: 503 }))).toBe(false);
    rateLimitStore.set(null);
    expect(shouldRetry(0, error({ status: 503, retryAt: Date.now() + 60_000 }))).toBe(false);
    // Two waits of 15 s would keep a loading view up for 30 s before the error shows.
    expect(shouldRetry(0, error({ status: 503, retryAt: Date.now() + 15_000 }))).toBe(false);
    expect(shouldRetry(1, error({ status: 503, retryAt: Date.now() + 4_000 }))).toBe(true);
  });

  it('backs off exponentially but never before Retry-After', () => {
    expect(retryDelay(0, error({ status: 500 }))).toBe(1000);
    expect(retryDelay(1, error({ status: 500 }))).toBe(2000);
    expect(retryDelay(10, error({ status: 500 }))).toBe(8000);
    const late = retryDelay(0, error({ status: 503, retryAt: Date.now() + 5000 }));
    expect(late).toBeGreaterThan(4900);
  });
});

describe('a route loader that shares a fetch with the page being left', () => {
  it('still gets the data when that page unmounts and its request is cancelled', async () => {
    const client = createQueryClient({ onUnauthorized: () => undefined, onBackgroundError: () => undefined });
    let requests = 0;
    const users = queryOptions({
      queryKey: ['users'],
      queryFn: ({ signal }) => {
        requests += 1;
        const answer = `answer ${requests}`;
        return new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => resolve(answer), 20);
          signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
          });
        });
      },
    });
    // The page being left observes the query; the next page's loader asks for the same data.
    const page = new QueryObserver(client, users);
    const leave = page.subscribe(() => undefined);
    const loaded = client.ensureQueryData(users);
    // The router shows the next page's loading state: the old page unmounts, its fetch is aborted.
    leave();

    await expect(loaded).resolves.toBe('answer 2');
    expect(client.getQueryData(users.queryKey)).toBe('answer 2');
  });
});
