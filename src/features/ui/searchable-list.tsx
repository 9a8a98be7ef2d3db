import { type ReactNode, useRef } from 'react';
import { formatNumber, i18n, nounFor, params, useMessages } from '@/i18n';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { SearchBox } from './search-box';

const messages = i18n('ui/searchable-list', {
  // `noun` is the list's own word for its rows, agreeing with `total` (plural in `none`).
  matching: params<{ shown: string; total: string; noun: string }>('{shown} of {total} {noun}'),
  total: params<{ total: string; noun: string }>('{total} {noun}'),
  none: params<{ noun: string; query: string }>('No {noun} match “{query}”'),
  clear: 'Clear search',
});

/**
 * A list page's body: the search box with its live count ("3 of 120 users"), then the list, or,
 * when nothing matches, a way back to all of it.
 */
export function SearchableList({
  label,
  placeholder,
  search: { query, setQuery },
  shown,
  total,
  noun,
  hint,
  beside,
  byStatus,
  children,
}: {
  label: string;
  placeholder: string;
  /** The search text and its setter (`useListSearch`). */
  search: { query: string; setQuery: (query: string) => void };
  shown: number;
  total: number;
  /** What one row is and what several are: `['user', 'users']`. */
  noun: readonly [one: string, many: string];
  /** What the search looks at, said when nothing matched. */
  hint?: string;
  /** Controls next to the search box and next to the count (`SearchBox`). */
  beside?: ReactNode;
  byStatus?: ReactNode;
  children: ReactNode;
}) {
  const t = useMessages(messages);
  const trimmed = query.trim();
  const box = useRef<HTMLInputElement>(null);
  return (
    <div className="space-y-3">
      <SearchBox
        label={label}
        placeholder={placeholder}
        value={query}
        onChange={setQuery}
        beside={beside}
        byStatus={byStatus}
        inputRef={box}
        status={
          trimmed
            ? t.matching({
                shown: formatNumber(shown),
                total: formatNumber(total),
                noun: nounFor(total, noun),
              })
            : t.total({ total: formatNumber(total), noun: nounFor(total, noun) })
        }
      />
      {shown === 0 ? (
        <EmptyState title={t.none({ noun: noun[1], query: trimmed })}>
          {hint && <p>{hint}</p>}
          <Button
            size="sm"
            className={hint ? 'mt-3' : 'mt-1'}
            onClick={() => {
              // The message and this button go with the search: the keyboard's place is the box.
              box.current?.focus();
              setQuery('');
            }}
          >
            {t.clear}
          </Button>
        </EmptyState>
      ) : (
        children
      )}
    </div>
  );
}
