import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { cx } from '../../ui/class-names';
import { type SortDirection, SortHeader, thClass } from '../shared/sort-header';
import type { UserSummary } from '../types';
import type { UserSortKey } from './filter-users';
import { userDisplayName } from './user-names';

/** Fixed heights: the virtualiser computes positions and never measures a row. */
const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;

const SORTABLE: { key: UserSortKey; label: string; width: string }[] = [
  { key: 'name', label: 'Name', width: 'w-[24%]' },
  { key: 'username', label: 'Username', width: 'w-[16%]' },
  { key: 'upn', label: 'UPN', width: 'w-[25%]' },
];

/**
 * The users as a table whose body is virtualised, as on the customers list: only the rows in view
 * (plus a few) are in the DOM, with spacer rows standing in for the rest, so 10 000 users scroll
 * and filter smoothly; `aria-rowcount`/`aria-rowindex` give assistive technology the full size.
 * Cells truncate and carry the full text in `title`; narrow screens scroll the table sideways.
 */
export function UsersTable({
  customerNumber,
  users,
  sort,
  dir,
  onSort,
  resetScrollKey,
}: {
  customerNumber: string;
  users: readonly UserSummary[];
  sort: UserSortKey;
  dir: SortDirection;
  onSort: (key: UserSortKey) => void;
  /** Scrolls back to the top whenever this changes (a new search or sort). */
  resetScrollKey: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: users.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    // Until the box has been laid out (and under jsdom, which lays out nothing) assume a screenful.
    initialRect: { width: 1024, height: 640 },
    getItemKey: (index) => users[index]?.id ?? index,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the trigger
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetScrollKey]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const spaceAbove = first ? first.start - HEADER_HEIGHT : 0;
  const spaceBelow = last ? virtualizer.getTotalSize() - (last.end - HEADER_HEIGHT) : 0;
  const cell = 'truncate px-3 text-slate-700 dark:text-slate-300';

  return (
    <div
      ref={scrollRef}
      // No tabindex needed: the rows' links take keyboard focus and scroll the box along.
      className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      data-testid="users-scroller"
    >
      <table
        aria-rowcount={users.length + 1}
        className="w-full min-w-[52rem] table-fixed border-collapse text-sm"
      >
        <caption className="sr-only">Users of customer {customerNumber}</caption>
        <colgroup>
          {SORTABLE.map((column) => (
            <col key={column.key} className={column.width} />
          ))}
          <col className="w-[35%]" />
        </colgroup>
        <thead className="sticky top-0 z-10">
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            {SORTABLE.map((column) => (
              <SortHeader
                key={column.key}
                label={column.label}
                active={sort === column.key}
                direction={dir}
                onSort={() => onSort(column.key)}
              />
            ))}
            <th scope="col" className={cx(thClass, 'px-3')}>
              DN
            </th>
          </tr>
        </thead>
        <tbody>
          {spaceAbove > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
            <tr aria-hidden="true" style={{ height: spaceAbove }}>
              <td colSpan={4} />
            </tr>
          )}
          {items.map((item) => {
            const user = users[item.index] as UserSummary;
            const name = userDisplayName(user);
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
                className={cx(
                  'border-b border-slate-100 text-slate-800 hover:bg-slate-50',
                  'dark:border-slate-800 dark:text-slate-200 dark:hover:bg-slate-800/60',
                )}
              >
                <td className="truncate px-3 font-medium" title={name}>
                  <Link
                    to="/directory/$customerNumber/users/$userId"
                    params={{ customerNumber, userId: user.id }}
                    // Hovering across a long list must not spend the hourly request budget.
                    preload={false}
                    className="rounded text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300"
                  >
                    {name}
                  </Link>
                </td>
                <td className={cx(cell, 'font-mono text-xs')} title={user.username ?? undefined}>
                  {user.username || '—'}
                </td>
                <td className={cell} title={user.upn ?? undefined}>
                  {user.upn || '—'}
                </td>
                <td className={cx(cell, 'font-mono text-xs')} title={user.dn ?? undefined}>
                  {user.dn || '—'}
                </td>
              </tr>
            );
          })}
          {spaceBelow > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
            <tr aria-hidden="true" style={{ height: spaceBelow }}>
              <td colSpan={4} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
