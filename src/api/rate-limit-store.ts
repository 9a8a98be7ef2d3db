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

/** The last observation; rate-limit.ts writes it, the banner and the retry rules read it. */
export const rateLimitStore = createExternalStore<RateLimitObservation | null>(null);

/** Epoch ms until which calls are pointless, or null when not rate-limited. */
export function rateLimitedUntil(now = Date.now()): number | null {
  const until = rateLimitStore.get()?.blockedUntil ?? null;
  return until !== null && until > now ? until : null;
}
