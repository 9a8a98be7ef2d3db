import type { ApiDate } from '@/api/catalogue/response-schemas';
import { i18n, useMessages } from '@/i18n';
import { NotSet } from './empty-state';
import { formatLocalDateTime, formatUtcDateTime, parseApiDate } from './format-api-date';
import type { TableColumn } from './table-columns';

const messages = i18n('ui/api-date-time', { notSet: 'Not set' });

/** An API date in the viewer's local time, with the UTC value on hover (and for screen readers). */
export function ApiDateTime({ value }: { value: ApiDate | null | undefined }) {
  // The messages re-render it on a language switch, so the date follows the language too.
  const t = useMessages(messages);
  const date = parseApiDate(value);
  if (!date) {
    const raw = typeof value === 'string' ? value : value?.date;
    return <span className="text-slate-600 dark:text-slate-400">{raw || t.notSet}</span>;
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

/**
 * A list column of API dates, the same in every area: local time (UTC on hover), wide enough for
 * it on one line; exports keep the API's own text.
 */
export function dateTimeColumn<T, K extends string>({
  header,
  value,
  ...key
}: {
  header: string;
  value: (row: T) => ApiDate | null | undefined;
} & (
  | { sortKey: K }
  /** A column that does not sort: its id for the column choice, and whether it starts hidden. */
  | { id: string; optional?: boolean }
)): TableColumn<T, K> {
  return {
    header,
    ...key,
    width: 'w-[13rem]',
    cellClass: 'truncate px-3',
    cell: (row) => {
      const date = value(row);
      return date ? <ApiDateTime value={date} /> : <NotSet>—</NotSet>;
    },
    text: (row) => {
      const date = value(row);
      return typeof date === 'string' ? date : (date?.date ?? '');
    },
  };
}
