import { useEffect, useState } from 'react';
import { formatCountdown, formatDuration } from '@/features/rate-limit/format-duration';
import { count, formatTime, i18n, params, useMessages } from '@/i18n';

const messages = i18n('ui/retry-countdown', {
  // The countdown ("1:30") follows `waiting`.
  waiting: params<{ at: string }>('The API asks to try again at {at}: in'),
  minutes: count({ one: 'about {count} minute', other: 'about {count} minutes' }),
  now: params<{ at: string }>('The API said to try again at {at}: you can try again now.'),
});

/** Milliseconds until `until`, re-rendering each second while above zero. */
export function useMsUntil(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  // A new deadline counts from now, not from when the component first rendered.
  const [counting, setCounting] = useState(until);
  if (counting !== until) {
    setCounting(until);
    setNow(Date.now());
  }
  const left = until === null ? 0 : Math.max(0, until - now);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), left % 1000 || 1000);
    return () => clearTimeout(timer);
  });
  return left;
}

/**
 * The API's `Retry-After` (a 503 in maintenance, an overloaded server): when to try again, counted
 * down. Nothing is retried on its own; when the time is up the user tries again.
 */
export function RetryCountdown({ until, left }: { until: number; left: number }) {
  const t = useMessages(messages);
  const at = formatTime(until);
  return (
    <p className="mt-2 font-medium">
      {left > 0 ? (
        <>
          {t.waiting({ at })}{' '}
          <span className="tabular-nums" aria-hidden="true">
            {left >= 3_600_000 ? formatDuration(left) : formatCountdown(left)}
          </span>
          <span className="sr-only">{t.minutes(Math.ceil(left / 60_000))}</span>.
        </>
      ) : (
        t.now({ at })
      )}
    </p>
  );
}
