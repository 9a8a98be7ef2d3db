import { memo, type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { cx } from './class-names';
import { useStickyTop } from './sticky-top';
import { ColGroup, HeaderCells, RowCells, type TableProps, useCellTitles } from './table-columns';
import { useWindowRows } from './use-window-rows';

/** Fixed heights: the virtualiser computes positions and never measures a row. */
const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;

const rowClass = cx(
  'border-b border-slate-100 text-slate-800 hover:bg-slate-50',
  'dark:border-slate-800 dark:text-slate-200 dark:hover:bg-slate-800/60',
);

/**
 * A real, sortable table whose body is virtualised against the page's scrollbar: only the rows in
 * view (plus a few) are in the DOM, with two spacer rows standing in for the rest, so 10 000 rows
 * scroll and filter smoothly and the page keeps a single vertical scrollbar.
 * `aria-rowcount`/`aria-rowindex` tell assistive technology the full size. Cells truncate and carry
 * their full text in `title`; narrow screens scroll the table sideways, and the header stays at the
 * top of the window while the rows pass under it.
 */
export function VirtualTable<T, K extends string>({
  caption,
  columns,
  rows,
  sort,
  minWidthClass,
  testId,
  resetScrollKey,
}: TableProps<T, K> & {
  testId: string;
  /** Brings the list's top back into view whenever this changes (a new search or sort). */
  resetScrollKey: string;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const { items, offsetTop, spaceAbove, spaceBelow } = useWindowRows({
    rows,
    size: ROW_HEIGHT,
    anchor: bodyRef,
    top: boxRef,
    resetScrollKey,
  });
  useStickyHead(headRef, offsetTop, rows.length * ROW_HEIGHT);
  // A spacer row has no `aria-rowindex`: Number(null) - 2 finds no record.
  const showTitle = useCellTitles(columns, (tr) => rows[Number(tr.getAttribute('aria-rowindex')) - 2]);

  return (
    <div
      ref={boxRef}
      // Sideways only: the page is the one vertical scroller.
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      data-testid={testId}
    >
      <table
        aria-rowcount={rows.length + 1}
        className={cx('w-full table-fixed border-collapse text-sm', minWidthClass)}
      >
        <caption className="sr-only">{caption}</caption>
        <ColGroup columns={columns} />
        <thead ref={headRef} className="relative z-10">
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            <HeaderCells columns={columns} sort={sort} />
          </tr>
        </thead>
        {/* A row's link focused from the keyboard scrolls into view below the header, not under it
            (the shell's sticky header is the root's scroll-padding). */}
        <tbody ref={bodyRef} className="[&_a]:scroll-mt-14 [&_button]:scroll-mt-14" onPointerOver={showTitle}>
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
 * Keeps the header at the top of the window, below the shell's sticky header, while the table
 * passes under it. CSS `sticky` cannot: the box that scrolls the table sideways would be its scroll
 * container. One transform per scroll event, from numbers already known (no layout read).
 */
function useStickyHead(head: RefObject<HTMLTableSectionElement | null>, bodyTop: number, bodyHeight: number) {
  const windowTop = useStickyTop();
  useEffect(() => {
    const element = head.current;
    if (!element) return;
    // Borders make the header a fraction taller than its row: measured once, not per scroll.
    const tableTop = bodyTop - element.getBoundingClientRect().height;
    const place = () => {
      const shift = Math.min(
        Math.max(window.scrollY + windowTop - tableTop, 0),
        Math.max(bodyHeight - ROW_HEIGHT, 0),
      );
      element.style.transform = shift > 0 ? `translateY(${shift}px)` : '';
    };
    place();
    window.addEventListener('scroll', place, { passive: true });
    return () => window.removeEventListener('scroll', place);
  }, [head, bodyTop, bodyHeight, windowTop]);
}

/**
 * One row, skipped by React when its record, position and columns are unchanged: a scroll step
 * or a narrower search re-renders only the rows that changed (keep `columns` stable), and a row
 * given another record updates its elements in place (keyed by position, `useWindowRows`).
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
