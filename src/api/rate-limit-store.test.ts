import { describe, expect, it, vi } from 'vitest';

/** A reload is a fresh module instance over the same sessionStorage. */
async function reload() {
  vi.resetModules();
  return import('./rate-limit-store');
}

describe('rate-limit reading across a reload', () => {
  it('comes back with the tab, so a 429 countdown goes on', async () => {
    const first = await reload();
    const observation = {
      limit: 3600,
      remaining: 0,
      resetAt: Date.now() + 3_600_000,
      observedAt: Date.now(),
      blockedUntil: Date.now() + 12_000,
    };
    first.rateLimitStore.set(observation);
    const second = await reload();
    expect(second.rateLimitStore.get()).toEqual(observation);
    expect(second.rateLimitedUntil()).toBe(observation.blockedUntil);
  });

  it('is gone after a reset (sign-out)', async () => {
    const first = await reload();
    first.rateLimitStore.set({
      limit: 3600,
      remaining: 10,
      resetAt: null,
      observedAt: 0,
      blockedUntil: null,
    });
    first.rateLimitStore.set(null);
    expect((await reload()).rateLimitStore.get()).toBeNull();
  });
});
