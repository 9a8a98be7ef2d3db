import type { SortDirection } from '@/features/lists/sort-order';
import { cx } from './class-names';

/** A table column header that sorts by its column; a second click reverses the order. */
export function SortHeader({
  label,
  active,
  direction,
  onSort,
  hint,
}: {
  label: string;
  /** The header's tooltip. */
  hint?: string;
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
}) {
  return (
    <th
      scope="col"
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={thClass}
      title={hint}
    >
      <button
        type="button"
        onClick={onSort}
        className={cx(
          'flex h-10 w-full items-center gap-1 px-3 text-left whitespace-nowrap uppercase hover:bg-slate-100 dark:hover:bg-slate-700',
          'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-teal-600',
        )}
      >
        {label}
        <SortIcon state={active ? direction : null} />
      </button>
    </th>
  );
}

export const thClass = cx(
  'border-b border-slate-200 bg-slate-50 p-0 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase',
  'dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200',
);

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
