import { backgroundPauseThreshold, estimateRateLimit, type RateLimitObservation } from '@/api/rate-limit';
import { formatDuration } from '@/features/rate-limit/format-duration';
import { count, formatNumber, i18n, params } from '@/i18n';
import { type BudgetReading, msPerRequest } from './bulk-runner';

const messages = i18n('bulk/bulk-cost', {
  requests: count({ one: '{count} request', other: '{count} requests' }),
  unknown: params<{ requests: string }>(
    '{requests}; the budget is not known yet (no answer has reported it).',
  ),
  known: params<{ requests: string; remaining: string; reserve: string; refill: string }>(
    '{requests}; {remaining} remain, {reserve} kept in reserve; {refill}.',
  ),
  refill: params<{ time: string }>('about {time} of refill needed'),
  noRefill: 'no wait for the refill',
});

/** A plural message with its number written the current language's way ("1,200 requests"). */
export const counted = (message: (n: number) => string, n: number) =>
  message(n).replace(String(n), formatNumber(n));

/**
 * The reserve a bulk run leaves for what the user does by hand: the same threshold below which
 * background refetches pause (5% of the limit, at least 100).
 */
export const bulkReserve = backgroundPauseThreshold;

/** The store's reading, estimated forward to `now` (the refill between answers). */
export function budgetFrom(observation: RateLimitObservation | null, now: number): BudgetReading | null {
  if (!observation) return null;
  const { limit, remaining, blockedMs } = estimateRateLimit(observation, now);
  return { limit, remaining, blockedMs };
}

export interface BulkCost {
  /** One request per item. */
  requests: number;
  /** Null before any answer has told the budget. */
  remaining: number | null;
  reserve: number | null;
  /** How long the refill must run before the last item can go; 0 when the budget covers it. */
  refillMs: number;
}

/** What a run of `count` writes costs against the budget now. */
export function bulkCost(count: number, budget: BudgetReading | null): BulkCost {
  if (!budget) return { requests: count, remaining: null, reserve: null, refillMs: 0 };
  const reserve = bulkReserve(budget.limit);
  const missing = Math.max(0, count - (budget.remaining - reserve));
  return {
    requests: count,
    remaining: budget.remaining,
    reserve,
    refillMs: missing * msPerRequest(budget.limit) + budget.blockedMs,
  };
}

/**
 * "50 requests; 20 remain, 180 kept in reserve; about 3 min 30 s of refill needed", in the current
 * language (call it while rendering).
 */
export function describeCost(cost: BulkCost): string {
  const t = messages.get();
  const requests = counted(t.requests, cost.requests);
  if (cost.remaining === null || cost.reserve === null) return t.unknown({ requests });
  return t.known({
    requests,
    remaining: formatNumber(cost.remaining),
    reserve: formatNumber(cost.reserve),
    refill: cost.refillMs > 0 ? t.refill({ time: formatDuration(cost.refillMs) }) : t.noRefill,
  });
}
