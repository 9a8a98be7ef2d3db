import { useEffect, useRef, useState } from 'react';
import type { RateLimitEstimate } from '@/api/rate-limit';
import { pausesBackground } from '@/api/rate-limit';
import { cx } from '@/features/ui/class-names';
import { Icon } from '@/features/ui/icon';
import { useScrolledAway } from '@/features/ui/use-scrolled-away';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { formatCountdown, formatDuration } from './format-duration';
import { useRateLimit } from './use-rate-limit';

const messages = i18n('shell/rate-limit-banner', {
  unknown: 'Rate limit: not measured yet',
  blocked: params<{ time: string }>('Rate limit reached · next request in {time}'),
  ok: params<{ counts: string; full: string }>('Rate limit: {counts} · {full}'),
  short: params<{ counts: string }>('Rate limit: {counts}'),
  shortLow: params<{ counts: string }>('Rate limit low: {counts}'),
  low: params<{ counts: string; full: string }>('Rate limit low: {counts} · {full}'),
  fullIn: params<{ time: string }>('full in {time}'),
  full: 'full',
  paused: ' · background refresh paused',
  sayBlocked: params<{ time: string }>('Rate limit reached: the API accepts requests again in about {time}.'),
  sayLow: params<{ limit: string }>('Rate limit low: fewer than 10% of {limit} requests an hour are left.'),
  sayLowAgain: params<{ limit: string }>(
    'Rate limit countdown over: requests can be sent again, but fewer than 10% of {limit} requests an hour are left.',
  ),
  sayOver: 'Rate limit countdown over: requests can be sent again.',
  sayBack: 'Rate limit back above 10%.',
});
type Texts = ReturnType<typeof messages.get>;

type BannerState = 'unknown' | 'ok' | 'low' | 'blocked';

function bannerState(estimate: RateLimitEstimate | null): BannerState {
  if (!estimate) return 'unknown';
  if (estimate.blockedMs > 0) return 'blocked';
  return estimate.low ? 'low' : 'ok';
}

/** The banner's text, and the pill's shorter one: the count without the refill, or the countdown. */
function bannerTexts(t: Texts, estimate: RateLimitEstimate | null): { long: string; short: string } {
  if (!estimate) return { long: t.unknown, short: t.unknown };
  if (estimate.blockedMs > 0) {
    const countdown = t.blocked({ time: formatCountdown(estimate.blockedMs) });
    return { long: countdown, short: countdown };
  }
  // Formatted for the language: 3,600 in English, 3’600 in Swiss German, 3 600 in French.
  const counts = `${formatNumber(estimate.remaining)} / ${formatNumber(estimate.limit)}`;
  const full = estimate.msUntilFull > 0 ? t.fullIn({ time: formatDuration(estimate.msUntilFull) }) : t.full;
  const paused = pausesBackground(estimate) ? t.paused : '';
  return {
    long: (estimate.low ? t.low : t.ok)({ counts, full }) + paused,
    short: (estimate.low ? t.shortLow : t.short)({ counts }),
  };
}

/** What a screen reader hears: said once when the state changes, never on the second-by-second count. */
function announcement(state: BannerState, previous: BannerState, estimate: RateLimitEstimate | null): string {
  const t = messages.get();
  if (state === 'blocked' && estimate) return t.sayBlocked({ time: formatDuration(estimate.blockedMs) });
  if (state === 'low' && estimate)
    return (previous === 'blocked' ? t.sayLowAgain : t.sayLow)({ limit: formatNumber(estimate.limit) });
  if (state === 'ok' && previous === 'blocked') return t.sayOver;
  if (state === 'ok' && previous === 'low') return t.sayBack;
  return '';
}

const STATE_CLASSES: Record<BannerState, string> = {
  unknown:
    'border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300',
  ok: 'border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300',
  low: 'border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100',
  blocked: 'border-red-400 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100',
};

/**
 * The request budget (3600 an hour, refilling one a second), always in the header: the count and
 * the time until it is full, amber under 10%, a red countdown after a 429. Where the header
 * scrolls away (a phone, a low window) a pill in the window's corner keeps the count in view.
 */
export function RateLimitBanner({
  className,
  textClassName,
}: {
  className?: string;
  textClassName?: string;
}) {
  const t = useMessages(messages);
  const estimate = useRateLimit();
  const state = bannerState(estimate);
  const [message, setMessage] = useState('');
  const previous = useRef<BannerState>(state);
  // The estimate is read only when the state changes; a fresh value each second must not re-announce.
  const estimateRef = useRef(estimate);
  estimateRef.current = estimate;

  useEffect(() => {
    if (previous.current === state) return;
    setMessage(announcement(state, previous.current, estimateRef.current));
    previous.current = state;
  }, [state]);

  const text = bannerTexts(t, estimate);
  const banner = useRef<HTMLDivElement>(null);
  const away = useScrolledAway(banner);
  // The banner and its pill look alike: the state's colours, and the icon when it warns.
  const chip = cx(
    'inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium tabular-nums',
    STATE_CLASSES[state],
  );
  const icon = (state === 'low' || state === 'blocked') && <WarningIcon />;
  return (
    <div
      ref={banner}
      // The text may be cut short where the header is tight (`textClassName`): the tooltip has it whole.
      title={text.long}
      className={cx(chip, 'max-w-full', className)}
    >
      {icon}
      <span className={cx('min-w-0', textClassName)}>{text.long}</span>
      <span role="status" className="sr-only">
        {message}
      </span>
      {away && estimate && (
        // What the banner shows, for the eye only: a screen reader has the banner, and hears
        // its announcements, wherever the page is scrolled. Taps pass through to the page.
        <span
          aria-hidden="true"
          data-testid="rate-limit-pill"
          className={cx(
            chip,
            'pointer-events-none fixed bottom-[calc(0.5rem+env(safe-area-inset-bottom))] left-2 z-20 max-w-[calc(100vw-1rem)] shadow-md print:hidden',
          )}
        >
          {icon}
          <span className="min-w-0 truncate">{text.short}</span>
        </span>
      )}
    </div>
  );
}

function WarningIcon() {
  return (
    <Icon className="h-3.5 w-3.5">
      <path d="M12 3 2 20h20L12 3Z" />
      <path d="M12 10v4M12 17h.01" />
    </Icon>
  );
}
