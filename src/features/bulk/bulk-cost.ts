import { backgroundPauseThreshold, estimateRateLimit, type RateLimitObservation } from '@/api/rate-limit';
import { formatDuration } from '@/features/rate-limit/format-duration';
import { type BudgetReading, msPerRequest } from './bulk-runner';

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

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "50 requests; 20 remain, 180 kept in reserve; about 3 min 30 s of refill needed". */
export function describeCost(cost: BulkCost): string {
  const head = plural(cost.requests, 'request', 'requests');
  if (cost.remaining === null || cost.reserve === null)
    return `${head}; the budget is not known yet (no answer has reported it).`;
  const budget = `${cost.remaining.toLocaleString('en')} remain, ${cost.reserve.toLocaleString('en')} kept in reserve`;
  const refill =
    cost.refillMs > 0 ? `about ${formatDuration(cost.refillMs)} of refill needed` : 'no wait for the refill';
  return `${head}; ${budget}; ${refill}.`;
}
