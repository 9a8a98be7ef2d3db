import type { ApiDate } from '@/api/catalogue/response-schemas';
import { formatLocalDateTime, formatUtcDateTime, parseApiDate } from './format-api-date';

/** An API date in the viewer's local time, with the UTC value on hover (and for screen readers). */
export function ApiDateTime({ value }: { value: ApiDate | null | undefined }) {
  const date = parseApiDate(value);
  if (!date) {
    const raw = typeof value === 'string' ? value : value?.date;
    return <span className="text-slate-600 dark:text-slate-400">{raw || 'Not set'}</span>;
  }
  const utc = formatUtcDateTime(date);
  return (
    <time
      dateTime={date.toISOString()}
      title={utc}
      className="underline decoration-dotted underline-offset-2"
    >
      {formatLocalDateTime(date)}
      <span className="sr-only"> ({utc})</span>
    </time>
  );
}
