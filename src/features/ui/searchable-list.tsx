import type { ReactNode } from 'react';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { SearchBox } from './search-box';

const count = new Intl.NumberFormat();

/**
 * A list page's body: the search box with its live count ("3 of 120 users"), then the list, or,
 * when nothing matches, a way back to all of it.
 */
export function SearchableList({
  label,
  placeholder,
  search: { query, setQuery, listQuery },
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
  /**
   * The search text and its setter (`useListSearch`); `listQuery` is the text the list (`shown`)
   * was filtered with, a frame behind while typing.
   */
  search: { query: string; setQuery: (query: string) => void; listQuery: string };
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
  // The count and the empty state describe the list below, so they follow its text.
  const trimmed = listQuery.trim();
  return (
    <div className="space-y-3">
      <SearchBox
        label={label}
        placeholder={placeholder}
        value={query}
        onChange={setQuery}
        beside={beside}
        byStatus={byStatus}
        status={
          trimmed
            ? `${count.format(shown)} of ${count.format(total)} ${noun[1]}`
            : `${count.format(total)} ${noun[1]}`
        }
      />
      {shown === 0 ? (
        <EmptyState title={`No ${noun[0]} matches “${trimmed}”`}>
          {hint && <p>{hint}</p>}
          <Button size="sm" className={hint ? 'mt-3' : 'mt-1'} onClick={() => setQuery('')}>
            Clear search
          </Button>
        </EmptyState>
      ) : (
        children
      )}
    </div>
  );
}
