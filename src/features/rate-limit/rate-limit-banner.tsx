import { useEffect, useRef, useState } from 'react';
import type { RateLimitEstimate } from '@/api/rate-limit';
import { cx } from '../ui/class-names';
import { Icon } from '../ui/icon';
import { formatCountdown, formatDuration } from './format-duration';
import { useRateLimit } from './use-rate-limit';

type BannerState = 'unknown' | 'ok' | 'low' | 'blocked';

function bannerState(estimate: RateLimitEstimate | null): BannerState {
  if (!estimate) return 'unknown';
  if (estimate.blockedMs > 0) return 'blocked';
  return estimate.low ? 'low' : 'ok';
}

function visibleText(estimate: RateLimitEstimate | null): string {
  if (!estimate) return 'Rate limit: unknown until the first response';
  if (estimate.blockedMs > 0)
    return `Rate limit reached · next request in ${formatCountdown(estimate.blockedMs)}`;
  const counts = `${estimate.remaining} / ${estimate.limit}`;
  const full = estimate.msUntilFull > 0 ? `full in ${formatDuration(estimate.msUntilFull)}` : 'full';
  return `Rate limit${estimate.low ? ' low' : ''}: ${counts} · ${full}`;
}

/** What a screen reader hears: said once when the state changes, never on the second-by-second count. */
function announcement(state: BannerState, previous: BannerState, estimate: RateLimitEstimate | null): string {
  if (state === 'blocked' && estimate) {
    return `Rate limit reached: the API accepts requests again in about ${formatDuration(estimate.blockedMs)}.`;
  }
  if (state === 'low' && estimate) {
    const low = `fewer than 10% of ${estimate.limit} requests an hour are left.`;
    return previous === 'blocked'
      ? `Rate limit countdown over: requests can be sent again, but ${low}`
      : `Rate limit low: ${low}`;
  }
  if (state === 'ok' && previous === 'blocked')
    return 'Rate limit countdown over: requests can be sent again.';
  if (state === 'ok' && previous === 'low') return 'Rate limit back above 10%.';
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
 * the time until it is full, amber under 10%, a red countdown after a 429.
 */
export function RateLimitBanner({ className }: { className?: string }) {
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

  return (
    <div
      className={cx(
        'inline-flex max-w-full items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium tabular-nums',
        STATE_CLASSES[state],
        className,
      )}
    >
      {(state === 'low' || state === 'blocked') && <WarningIcon />}
      <span>{visibleText(estimate)}</span>
      <span role="status" className="sr-only">
        {message}
      </span>
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
