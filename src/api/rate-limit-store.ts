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

/**
 * The budget is the project's, not the tab's: every tab of this console shares each reading, so a
 * call in one tab moves the banner in all of them. Sign-out (null) is not shared: other tabs may
 * still be signed in.
 */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('4b42.rate-limit') : null;
// Node (vitest) would stay alive for an open channel; browsers have no unref.
(channel as { unref?: () => void } | null)?.unref?.();
let fromOtherTab = false;

function isObservation(value: unknown): value is RateLimitObservation {
  const v = value as Partial<RateLimitObservation> | null;
  return (
    !!v && typeof v.limit === 'number' && typeof v.remaining === 'number' && typeof v.observedAt === 'number'
  );
}

channel?.addEventListener('message', (event: MessageEvent) => {
  const current = rateLimitStore.get();
  // An older reading (a slow answer in another tab) must not undo a newer one.
  if (!isObservation(event.data) || (current && current.observedAt > event.data.observedAt)) return;
  fromOtherTab = true;
  try {
    rateLimitStore.set(event.data);
  } finally {
    fromOtherTab = false;
  }
});

rateLimitStore.subscribe(() => {
  const value = rateLimitStore.get();
  try {
    if (value) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: the banner simply starts blind after a reload.
  }
  if (value && !fromOtherTab) channel?.postMessage(value);
});

/** Epoch ms until which calls are pointless, or null when not rate-limited. */
export function rateLimitedUntil(now = Date.now()): number | null {
  const until = rateLimitStore.get()?.blockedUntil ?? null;
  return until !== null && until > now ? until : null;
}
