import { DOCUMENTED_RATE_LIMIT, RATE_LIMIT_HEADER } from '@/api/api-headers';
import { createExternalStore } from '@/api/external-store';
import { loadBuckets, saveBuckets } from './db/persistence';

/** Documented: 3600 requests an hour, the remaining count growing by one a second. */
export const RATE_LIMIT = DOCUMENTED_RATE_LIMIT;
export const REFILL_PER_SECOND = RATE_LIMIT / 3600;
/** Calls without a valid key share one bucket ("authenticated or not, all requests are limited"). */
export const ANONYMOUS_BUCKET = 'anonymous';

interface Bucket {
  tokens: number;
  /** Epoch ms the token count was last brought up to date. */
  at: number;
}

export interface BucketState {
  limit: number;
  /** Whole requests left. */
  remaining: number;
  /** UNIX timestamp (seconds) at which the bucket is full again. */
  resetAt: number;
  /** Seconds until the next whole token (for Retry-After); 0 when one is available. */
  retryAfter: number;
}

export interface TakeResult extends BucketState {
  allowed: boolean;
}

let buckets = new Map<string, Bucket>();

/** Bumped on every change, so the demo panel can show the budget live. */
export const bucketRevision = createExternalStore(0);

function changed(): void {
  saveBuckets(Object.fromEntries(buckets));
  bucketRevision.set((n) => n + 1);
}

function current(id: string, at: number): Bucket {
  const bucket = buckets.get(id);
  if (!bucket) return { tokens: RATE_LIMIT, at };
  const elapsed = Math.max(0, at - bucket.at) / 1000;
  return { tokens: Math.min(RATE_LIMIT, bucket.tokens + elapsed * REFILL_PER_SECOND), at };
}

function describe(bucket: Bucket): BucketState {
  const missing = RATE_LIMIT - bucket.tokens;
  return {
    limit: RATE_LIMIT,
    remaining: Math.floor(bucket.tokens),
    resetAt: Math.ceil((bucket.at + (missing / REFILL_PER_SECOND) * 1000) / 1000),
    retryAfter: bucket.tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / REFILL_PER_SECOND)),
  };
}

/** Spends one token if there is one. A refused request spends nothing. */
export function takeToken(id: string, at: number): TakeResult {
  const bucket = current(id, at);
  const allowed = bucket.tokens >= 1;
  if (allowed) bucket.tokens -= 1;
  buckets.set(id, bucket);
  changed();
  return { ...describe(bucket), allowed };
}

export function peekBucket(id: string, at: number): BucketState {
  return describe(current(id, at));
}

export function setBucketRemaining(id: string, remaining: number, at: number): void {
  const tokens = Math.max(0, Math.min(RATE_LIMIT, Math.floor(remaining)));
  buckets.set(id, { tokens, at });
  changed();
}

export function resetBuckets(): void {
  buckets = new Map();
  changed();
}

/** Restores the buckets saved by a previous page (the browser demo). */
export function reloadBuckets(): void {
  const saved = loadBuckets();
  buckets = new Map();
  if (saved && typeof saved === 'object') {
    for (const [id, value] of Object.entries(saved as Record<string, Bucket>)) {
      if (typeof value?.tokens === 'number' && typeof value.at === 'number') buckets.set(id, value);
    }
  }
  bucketRevision.set((n) => n + 1);
}

export function rateLimitHeaders(state: BucketState): Record<string, string> {
  return {
    [RATE_LIMIT_HEADER.limit]: String(state.limit),
    [RATE_LIMIT_HEADER.remaining]: String(state.remaining),
    [RATE_LIMIT_HEADER.reset]: String(state.resetAt),
  };
}
