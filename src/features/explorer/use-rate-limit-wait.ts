import { useEffect, useState, useSyncExternalStore } from 'react';
import { rateLimitStore } from '@/api/rate-limit';

/** Seconds left on a 429 countdown (0 when not blocked), ticking once a second. */
export function useRateLimitWait(): number {
  const observation = useSyncExternalStore(rateLimitStore.subscribe, rateLimitStore.get, rateLimitStore.get);
  const until = observation?.blockedUntil ?? null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (until === null || until <= Date.now()) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
