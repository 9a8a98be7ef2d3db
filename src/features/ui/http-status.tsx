import { documentedStatusMeaning, statusMeaning } from '@/api/error-catalogue';
import { i18n, useLocale } from '@/i18n';
import { cx } from './class-names';

const messages = i18n('ui/http-status', { noAnswer: 'No answer' });

/** "Not Found" from the documented "Not Found - The specified resource…". */
export function statusText(status: number | null): string {
  if (status === null) return messages.get().noAnswer;
  return statusMeaning(status)?.split(' - ')[0] ?? '';
}

/** The HTTP reason phrase in the docs' English ("Not Found"), for files other tools read (HAR). */
export function reasonPhrase(status: number): string {
  return documentedStatusMeaning(status)?.split(' - ')[0] ?? '';
}

/** A status as number and words, coloured by class (2xx, 4xx, 5xx, none). */
export function HttpStatus({ status, className }: { status: number | null; className?: string }) {
  useLocale();
  const tone =
    status === null
      ? 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100'
      : status < 300
        ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100'
        : status < 500
          ? 'bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-100'
          : 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100';
  const text = statusText(status);
  return (
    <span
      className={cx('inline-block rounded px-1.5 py-0.5 font-mono text-xs font-semibold', tone, className)}
    >
      {status ?? '—'}
      {text && ` ${text}`}
    </span>
  );
}
