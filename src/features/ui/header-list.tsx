import { i18n, useMessages } from '@/i18n';
import { cx } from './class-names';

const messages = i18n('ui/header-list', {
  none: 'None',
  rateLimit: 'rate limit',
});

const RATE_LIMIT_HEADER = /^(ratelimit-|x-ratelimit-|retry-after$)/i;

export function isRateLimitHeader(name: string): boolean {
  return RATE_LIMIT_HEADER.test(name);
}

/** HTTP headers as name/value pairs; the rate-limit ones highlighted and labelled. */
export function HeaderList({ headers, emptyText }: { headers: Record<string, string>; emptyText?: string }) {
  const t = useMessages(messages);
  const entries = Object.entries(headers).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{emptyText ?? t.none}</p>;
  return (
    <dl className="divide-y divide-slate-200 rounded-md border border-slate-200 text-xs dark:divide-slate-700 dark:border-slate-700">
      {entries.map(([name, value]) => {
        const rateLimit = isRateLimitHeader(name);
        return (
          <div
            key={name}
            className={cx(
              'grid gap-x-3 px-2 py-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]',
              rateLimit && 'bg-amber-50 dark:bg-amber-950/40',
            )}
          >
            <dt className="break-all font-mono font-medium text-slate-800 dark:text-slate-200">
              {name}{' '}
              {rateLimit && (
                <span className="ml-0.5 rounded bg-amber-200 px-1 font-sans text-[0.65rem] font-semibold text-amber-950 uppercase dark:bg-amber-800 dark:text-amber-50">
                  {t.rateLimit}
                </span>
              )}
            </dt>
            <dd className="break-all font-mono text-slate-700 dark:text-slate-300">{value}</dd>
          </div>
        );
      })}
    </dl>
  );
}
