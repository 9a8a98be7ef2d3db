import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RateLimitObservation, rateLimitStore } from '@/api/rate-limit';
import { setLocale } from '@/i18n';
import { RateLimitBanner } from './rate-limit-banner';
import { useRateLimitCountdown } from './use-rate-limit';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

function observe(values: Partial<RateLimitObservation>) {
  act(() => {
    rateLimitStore.set({
      limit: 3600,
      remaining: 3600,
      resetAt: null,
      observedAt: Date.now(),
      blockedUntil: null,
      ...values,
    });
  });
}

const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('rate-limit banner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    rateLimitStore.set(null);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads "not measured yet" until the first response', () => {
    render(<RateLimitBanner />);
    expect(screen.getByText('Rate limit: not measured yet')).toBeInTheDocument();
  });

  it('formats the counts for the language', async () => {
    render(<RateLimitBanner />);
    observe({ remaining: 3534 });
    await act(() => setLocale('de'));
    expect(screen.getByText(/^Rate-Limit: 3.534 \/ 3.600 · /)).toBeInTheDocument();
    await act(() => setLocale('fr'));
    expect(screen.getByText(/^Limite de débit\s:\s3.534 \/ 3.600/)).toBeInTheDocument();
    await act(() => setLocale('en'));
  });

  it('shows remaining of limit and the time until full, refilling one a second', () => {
    render(<RateLimitBanner />);
    observe({ remaining: 3534 });
    expect(screen.getByText('Rate limit: 3,534 / 3,600 · full in 1 min 6 s')).toBeInTheDocument();

    tick(1000);
    expect(screen.getByText('Rate limit: 3,535 / 3,600 · full in 1 min 5 s')).toBeInTheDocument();

    tick(65_000);
    expect(screen.getByText('Rate limit: 3,600 / 3,600 · full')).toBeInTheDocument();
  });

  it('warns in words, not colour only, under 10%', () => {
    render(<RateLimitBanner />);
    observe({ remaining: 359 });
    expect(screen.getByText(/^Rate limit low: 359 \/ 3,600/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Rate limit low: fewer than 10% of 3,600 requests an hour are left.',
    );

    observe({ remaining: 360 });
    expect(screen.getByText(/^Rate limit: 360 \/ 3,600/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Rate limit back above 10%.');
  });

  it('counts down after a 429 and announces only the change of state', () => {
    render(<RateLimitBanner />);
    observe({ remaining: 0, blockedUntil: NOW + 12_000 });
    expect(screen.getByText('Rate limit reached · next request in 0:12')).toBeInTheDocument();
    const announced = screen.getByRole('status').textContent;
    expect(announced).toMatch(/Rate limit reached/);

    tick(1000);
    expect(screen.getByText('Rate limit reached · next request in 0:11')).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).toBe(announced);

    tick(11_000);
    expect(screen.queryByText(/Rate limit reached/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Rate limit low: [\d,]+ \/ 3,600/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Rate limit countdown over: requests can be sent again',
    );
  });

  describe('where the header scrolls away', () => {
    // jsdom has no IntersectionObserver: this one reports what the test says is in view, the
    // banner's box above the window when it is not (or no box at all, when hidden).
    type Entry = { isIntersecting: boolean; boundingClientRect: { width: number; height: number } };
    let report: (inView: boolean | 'hidden') => void = () => {};
    beforeEach(() => {
      vi.stubGlobal(
        'IntersectionObserver',
        class {
          constructor(callback: (entries: Entry[]) => void) {
            report = (inView) =>
              act(() =>
                callback([
                  {
                    isIntersecting: inView === true,
                    boundingClientRect:
                      inView === 'hidden' ? { width: 0, height: 0 } : { width: 160, height: 26 },
                  },
                ]),
              );
          }
          observe() {}
          disconnect() {}
        },
      );
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });
    const pill = () => screen.queryByTestId('rate-limit-pill');

    it('keeps the count in a corner while the banner is out of view, in words when it is low or spent', () => {
      render(<RateLimitBanner />);
      observe({ remaining: 3534 });
      report(true);
      expect(pill()).toBeNull();

      report(false);
      expect(pill()).toHaveTextContent(/^Rate limit: 3,534 \/ 3,600$/);
      expect(pill()).toHaveAttribute('aria-hidden', 'true');
      tick(1000);
      expect(pill()).toHaveTextContent(/^Rate limit: 3,535 \/ 3,600$/);

      observe({ remaining: 359 });
      expect(pill()).toHaveTextContent(/^Rate limit low: 359 \/ 3,600$/);
      observe({ remaining: 0, blockedUntil: NOW + 12_000 });
      expect(pill()).toHaveTextContent(/^Rate limit reached · next request in 0:1[12]$/);

      report(true);
      expect(pill()).toBeNull();
    });

    it('shows no pill while the banner is hidden (a page still loading), which is not scrolled away', () => {
      render(<RateLimitBanner />);
      observe({ remaining: 3534 });
      report('hidden');
      expect(pill()).toBeNull();
    });

    it('shows no pill before anything is measured', () => {
      render(<RateLimitBanner />);
      report(false);
      expect(pill()).toBeNull();
      expect(screen.getByText('Rate limit: not measured yet')).toBeInTheDocument();
    });
  });

  it('gives forms the countdown', () => {
    const { result } = renderHook(() => useRateLimitCountdown());
    expect(result.current).toEqual({ blocked: false, secondsLeft: 0 });

    observe({ remaining: 0, blockedUntil: NOW + 3000 });
    expect(result.current).toEqual({ blocked: true, secondsLeft: 3 });
    tick(1000);
    expect(result.current).toEqual({ blocked: true, secondsLeft: 2 });
    tick(2000);
    expect(result.current).toEqual({ blocked: false, secondsLeft: 0 });
  });
});
