import { afterEach, describe, expect, it } from 'vitest';
import { budgetAwareInterval, rateLimitStore } from './rate-limit';

const reading = (remaining: number, blockedUntil: number | null = null) =>
  rateLimitStore.set({ limit: 3600, remaining, resetAt: null, observedAt: Date.now(), blockedUntil });

describe('a polling query’s interval', () => {
  afterEach(() => rateLimitStore.set(null));
  const interval = budgetAwareInterval(5000);

  it('polls while the budget is unknown or plentiful', () => {
    expect(interval()).toBe(5000);
    reading(3000);
    expect(interval()).toBe(5000);
    reading(180);
    expect(interval()).toBe(5000);
  });

  it('stops below the background threshold (5% of 3600) and during a 429 countdown', () => {
    reading(179);
    expect(interval()).toBe(false);
    reading(3000, Date.now() + 10_000);
    expect(interval()).toBe(false);
  });
});
