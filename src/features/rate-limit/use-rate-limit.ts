import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  estimateRateLimit,
  type RateLimitEstimate,
  type RateLimitObservation,
  rateLimitStore,
} from '@/api/rate-limit';

function useObservation(): RateLimitObservation | null {
  return useSyncExternalStore(rateLimitStore.subscribe, rateLimitStore.get);
}

/**
 * Re-renders when the shown value next changes, while `active`: at the next whole second of a
 * countdown, or of the refill (one request a second from the last response). Timers aligned to
 * those moments keep "0:12" from lagging almost a second behind.
 */
function useTickWhile(
  observation: RateLimitObservation | null,
  active: (estimate: RateLimitEstimate) => boolean,
) {
  const [, setTick] = useState(0);
  const estimate = observation ? estimateRateLimit(observation) : null;
  const ticking = estimate !== null && active(estimate);
  const delay = !observation || !estimate ? 0 : nextChangeIn(observation, estimate);
  useEffect(() => {
    if (!ticking) return;
    const timer = setTimeout(() => setTick((n) => n + 1), delay);
    return () => clearTimeout(timer);
  });
  return estimate;
}

function nextChangeIn(observation: RateLimitObservation, estimate: RateLimitEstimate): number {
  if (estimate.blockedMs > 0) return estimate.blockedMs % 1000 || 1000;
  const sinceObserved = Math.max(0, Date.now() - observation.observedAt);
  return 1000 - (sinceObserved % 1000);
}

const mattersForBanner = (e: RateLimitEstimate) => e.blockedMs > 0 || e.remaining < e.limit;

/** The rate-limit budget now, estimated between responses; null before the first response. */
export function useRateLimit(): RateLimitEstimate | null {
  return useTickWhile(useObservation(), mattersForBanner);
}

export interface RateLimitCountdown {
  blocked: boolean;
  /** Whole seconds until the API accepts requests again; 0 when not blocked. */
  secondsLeft: number;
}

/** For forms: submit stays off while this says `blocked`; it ticks only during a 429 countdown. */
export function useRateLimitCountdown(): RateLimitCountdown {
  const estimate = useTickWhile(useObservation(), (e) => e.blockedMs > 0);
  const blockedMs = estimate?.blockedMs ?? 0;
  return { blocked: blockedMs > 0, secondsLeft: Math.ceil(blockedMs / 1000) };
}
