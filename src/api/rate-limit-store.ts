import { createExternalStore } from './external-store';

/** What the last response said about the budget, plus when it said it. */
export interface RateLimitObservation {
  limit: number;
  remaining: number;
  /** Epoch ms when the budget is full again. */
  resetAt: number | null;
  /** Epoch ms of the response that carried these headers. */
  observedAt: number;
  /** Epoch ms before which the API refuses requests (after a 429). */
  blockedUntil: number | null;
}

const STORAGE_KEY = '4b42.rate-limit';

function restore(): RateLimitObservation | null {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/**
 * The last observation; rate-limit.ts writes it, the banner and the retry rules read it. Kept for
 * the tab, so a reload goes on estimating (and honours a 429 countdown) instead of starting blind.
 */
export const rateLimitStore = createExternalStore<RateLimitObservation | null>(restore());

rateLimitStore.subscribe(() => {
  try {
    const value = rateLimitStore.get();
    if (value) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: the banner simply starts blind after a reload.
  }
});

/** Epoch ms until which calls are pointless, or null when not rate-limited. */
export function rateLimitedUntil(now = Date.now()): number | null {
  const until = rateLimitStore.get()?.blockedUntil ?? null;
  return until !== null && until > now ? until : null;
}
