import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useCallback, useEffect, useRef } from 'react';
import { cx } from './class-names';
import { ColGroup, HeaderCells, RowCells, type TableProps } from './table-columns';

/** Fixed heights: the virtualiser computes positions and never measures a row. */
const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;

const rowClass = cx(
  'border-b border-slate-100 text-slate-800 hover:bg-slate-50',
  'dark:border-slate-800 dark:text-slate-200 dark:hover:bg-slate-800/60',
);

/**
 * A real, sortable table whose body is virtualised: only the rows in view (plus a few) are in the
 * DOM, with two spacer rows standing in for the rest, so 10 000 rows scroll and filter smoothly.
 * `aria-rowcount`/`aria-rowindex` tell assistive technology the full size. Cells truncate and carry
 * their full text in `title`; narrow screens scroll the table sideways.
 */
export function VirtualTable<T, K extends string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  minWidthClass,
  testId,
  resetScrollKey,
}: TableProps<T, K> & {
  testId: string;
  /** Scrolls back to the top whenever this changes (a new search or sort). */
  resetScrollKey: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable per list (so keep `rowKey` stable too): a new key function makes the virtualiser redo
  // every position.
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    [rows, rowKey],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    // Until the box has been laid out (and under jsdom, which lays out nothing) assume a screenful.
    initialRect: { width: 1024, height: 640 },
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
      // No tabindex needed: the rows' links take keyboard focus and scroll the box along.
      className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      data-testid={testId}
    >
      <table
        aria-rowcount={rows.length + 1}
        className={cx('w-full table-fixed border-collapse text-sm', minWidthClass)}
      >
        <caption className="sr-only">{caption}</caption>
        <ColGroup columns={columns} />
        <thead className="sticky top-0 z-10">
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            <HeaderCells columns={columns} sort={sort} />
          </tr>
        </thead>
        <tbody>
          {spaceAbove > 0 && <SpacerRow height={spaceAbove} columns={columns.length} />}
          {items.map((item) => (
            <VirtualRow key={item.key} index={item.index} columns={columns} row={rows[item.index] as T} />
          ))}
          {spaceBelow > 0 && <SpacerRow height={spaceBelow} columns={columns.length} />}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One row, skipped by React when its record, position and columns are unchanged: a scroll step
 * or a narrower search re-renders only the rows that changed (keep `columns` stable).
 */
const VirtualRow = memo(function VirtualRow<T, K extends string>({
  index,
  columns,
  row,
}: {
  index: number;
  columns: TableProps<T, K>['columns'];
  row: T;
}) {
  return (
    <tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }} className={rowClass}>
      <RowCells columns={columns} row={row} />
    </tr>
  );
}) as <T, K extends string>(props: {
  index: number;
  columns: TableProps<T, K>['columns'];
  row: T;
}) => ReactNode;

function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
