import { DOCUMENTED_RATE_LIMIT, RATE_LIMIT_HEADER } from './api-headers';
import { type RateLimitObservation, rateLimitStore } from './rate-limit-store';

// The store is its own small module: the first load (query retry rules) needs only it.
export { type RateLimitObservation, rateLimitStore } from './rate-limit-store';

export interface RateLimitEstimate {
  limit: number;
  remaining: number;
  msUntilFull: number;
  /** Milliseconds left on a 429 countdown; 0 when not blocked. */
  blockedMs: number;
  /** Under 10% of the limit left. */
  low: boolean;
}

const HOUR_SECONDS = 3600;

/**
 * `RateLimit-Reset` is documented as a UNIX timestamp; some APIs send seconds from now instead.
 * A value below 10^9 cannot be a timestamp of this century, so it is read as seconds from now.
 */
export function parseReset(value: string | null, now: number): number | null {
  if (value == null || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return null;
  return n < 1e9 ? now + n * 1000 : n * 1000;
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value == null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date;
}

function parseCount(value: string | null): number | null {
  if (value == null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}

/** Reads the rate-limit headers of one response into the store. The only place they are read. */
export function recordRateLimit(headers: Headers, status: number, now = Date.now()): void {
  const limit = parseCount(headers.get(RATE_LIMIT_HEADER.limit));
  const remaining = parseCount(headers.get(RATE_LIMIT_HEADER.remaining));
  const resetAt = parseReset(headers.get(RATE_LIMIT_HEADER.reset), now);
  const retryAt = parseRetryAfter(headers.get('Retry-After'), now);
  const previous = rateLimitStore.get();
  if (limit === null && remaining === null && status !== 429) return;
  const resolvedLimit = limit ?? previous?.limit ?? DOCUMENTED_RATE_LIMIT;
  rateLimitStore.set({
    limit: resolvedLimit,
    remaining: remaining ?? (status === 429 ? 0 : (previous?.remaining ?? resolvedLimit)),
    resetAt,
    observedAt: now,
    // A 429 blocks until Retry-After, else until the documented reset, else for one refill step.
    blockedUntil: status === 429 ? (retryAt ?? resetAt ?? now + 1000) : null,
  });
}

/**
 * A reading that did not come with a response: the demo's own bucket after "Use up" or "Refill".
 * The banner follows it at once instead of waiting for the next answer.
 */
export function recordRateLimitReading(
  reading: { limit: number; remaining: number; resetAt: number | null },
  now = Date.now(),
): void {
  rateLimitStore.set({ ...reading, observedAt: now, blockedUntil: null });
}

/**
 * The budget now: the documented refill is the limit spread over an hour (one a second for 3600),
 * so between responses the remaining count is estimated rather than frozen.
 */
export function estimateRateLimit(observation: RateLimitObservation, now = Date.now()): RateLimitEstimate {
  const perSecond = observation.limit / HOUR_SECONDS;
  const elapsed = Math.max(0, now - observation.observedAt) / 1000;
  const blockedMs = observation.blockedUntil ? Math.max(0, observation.blockedUntil - now) : 0;
  const refilled = blockedMs > 0 ? 0 : Math.floor(elapsed * perSecond);
  const remaining = Math.min(observation.limit, observation.remaining + refilled);
  const byRate = perSecond > 0 ? ((observation.limit - remaining) / perSecond) * 1000 : 0;
  const byHeader = observation.resetAt ? Math.max(0, observation.resetAt - now) : byRate;
  return {
    limit: observation.limit,
    remaining,
    msUntilFull: remaining >= observation.limit ? 0 : Math.min(byHeader, byRate || byHeader),
    blockedMs,
    low: remaining < observation.limit * 0.1,
  };
}

/**
 * Below this many requests left, background work (refetching stale data on mount or reconnect,
 * automatic retries, polling) stops and the cache is shown as it is. 5% of the limit but at least
 * 100: at 3600 an hour that keeps the last 180 requests (three minutes of refill) for what the user
 * asks for; 100 is a few dozen pages of deliberate work even for a smaller limit.
 */
export function backgroundPauseThreshold(limit: number): number {
  return Math.max(100, Math.ceil(limit * 0.05));
}

/** Whether this estimate is low enough (or blocked) that background work waits. */
export function pausesBackground(estimate: RateLimitEstimate): boolean {
  return estimate.blockedMs > 0 || estimate.remaining < backgroundPauseThreshold(estimate.limit);
}

/** For the query client's defaults: background refetches wait while the budget is low. */
export function backgroundWorkPaused(now = Date.now()): boolean {
  const observation = rateLimitStore.get();
  return observation !== null && pausesBackground(estimateRateLimit(observation, now));
}

/** A `refetchInterval` that stops while the budget is low: use it for any polling query. */
export const budgetAwareInterval = (ms: number) => () => (backgroundWorkPaused() ? false : ms);
