import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { cx } from '../ui/class-names';
import type { SortDirection, SortKey } from './customer-list-search';
import type { CustomerSummary } from './customer-search-index';

/** Fixed heights: the virtualiser computes positions and never measures a row. */
export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;

const COLUMNS: { key: SortKey; label: string; width?: string }[] = [
  { key: 'number', label: 'Customer number', width: 'w-[11rem]' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'guid', label: 'GUID', width: 'w-[20rem]' },
];

/**
 * The customers as a real table whose body is virtualised: only the rows in view (plus a few)
 * are in the DOM, with two spacer rows standing in for the rest, so 10 000 rows scroll and filter
 * smoothly. `aria-rowcount`/`aria-rowindex` tell assistive technology the full size.
 */
export function CustomerTable({
  customers,
  sort,
  dir,
  onSort,
  resetScrollKey,
}: {
  customers: readonly CustomerSummary[];
  sort: SortKey;
  dir: SortDirection;
  onSort: (key: SortKey) => void;
  /** Scrolls back to the top whenever this changes (a new search or sort). */
  resetScrollKey: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable per list: a new key function would make the virtualiser redo all 10 000 positions.
  const getItemKey = useCallback((index: number) => customers[index]?.name ?? index, [customers]);
  const virtualizer = useVirtualizer({
    count: customers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    getItemKey,
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

  return (
    <div
      ref={scrollRef}
      className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      data-testid="customer-scroller"
    >
      <table
        aria-rowcount={customers.length + 1}
        className="w-full min-w-[45rem] table-fixed border-collapse text-sm"
      >
        <caption className="sr-only">Customers</caption>
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.key} className={column.width} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10">
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            {COLUMNS.map((column) => {
              const active = sort === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  className={cx(
                    'border-b border-slate-200 bg-slate-50 p-0 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase',
                    'dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200',
                  )}
                >
                  <button
                    type="button"
                    onClick={() => onSort(column.key)}
                    className={cx(
                      'flex h-10 w-full items-center gap-1 px-3 text-left whitespace-nowrap uppercase hover:bg-slate-100 dark:hover:bg-slate-700',
                      'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-teal-600',
                    )}
                  >
                    {column.label}
                    <SortIcon state={active ? dir : null} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {spaceAbove > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
            <tr aria-hidden="true" style={{ height: spaceAbove }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
          {items.map((item) => {
            const customer = customers[item.index] as CustomerSummary;
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
                <td className="px-3">
                  <Link
                    to="/customers/$customerNumber"
                    params={{ customerNumber: customer.name }}
                    // Hovering across a long list must not spend the hourly request budget.
                    preload={false}
                    className="rounded font-mono text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300"
                  >
                    {customer.name}
                  </Link>
                </td>
                <td className="truncate px-3" title={customer.description ?? undefined}>
                  {customer.description || <span className="text-slate-500 dark:text-slate-400">—</span>}
                </td>
                <td className="truncate px-3 font-mono text-xs text-slate-700 dark:text-slate-300">
                  {customer.guid || '—'}
                </td>
              </tr>
            );
          })}
          {spaceBelow > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
            <tr aria-hidden="true" style={{ height: spaceBelow }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function SortIcon({ state }: { state: SortDirection | null }) {
  return (
    <svg
      viewBox="0 0 12 12"
      className={cx('h-3 w-3', state ? 'opacity-100' : 'opacity-40')}
      aria-hidden="true"
    >
      {state !== 'desc' && <path d="M6 2 9.5 6h-7z" fill="currentColor" />}
      {state !== 'asc' && <path d="M6 10 2.5 6h7z" fill="currentColor" />}
    </svg>
  );
}
