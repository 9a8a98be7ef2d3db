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

describe('rate-limit reading across tabs', () => {
  const reading = (remaining: number, observedAt: number) => ({
    limit: 3600,
    remaining,
    resetAt: null,
    observedAt,
    blockedUntil: null,
  });

  it('shares each new reading with the other tabs, and takes theirs unless older', async () => {
    const { rateLimitStore } = await reload();
    rateLimitStore.set(null);
    // Another tab of the console, on the same channel.
    const otherTab = new BroadcastChannel('4b42.rate-limit');
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    try {
      const now = Date.now();
      rateLimitStore.set(reading(3000, now));
      await vi.waitFor(() => expect(heard).toEqual([reading(3000, now)]));

      otherTab.postMessage(reading(2990, now + 1000));
      await vi.waitFor(() => expect(rateLimitStore.get()).toEqual(reading(2990, now + 1000)));
      // Taken, not echoed back.
      expect(heard).toHaveLength(1);

      const seen: (number | undefined)[] = [];
      const stop = rateLimitStore.subscribe(() => seen.push(rateLimitStore.get()?.remaining));
      otherTab.postMessage(reading(3500, now - 60_000));
      otherTab.postMessage(reading(2980, now + 2000));
      await vi.waitFor(() => expect(rateLimitStore.get()?.remaining).toBe(2980));
      stop();
      expect(seen).toEqual([2980]);
    } finally {
      otherTab.close();
    }
  });
});
