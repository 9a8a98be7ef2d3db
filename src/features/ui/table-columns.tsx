import { type PointerEvent, type ReactNode, useLayoutEffect, useRef } from 'react';
import type { ColumnSort } from '@/features/lists/sort-order';
import { cx } from './class-names';
import { SortHeader, thClass } from './sort-header';

/**
 * One column of a list table: its header, the key it sorts by, and a row's cell. A column that
 * does not sort says its `id`: the "Columns" choice is remembered under a name that does not
 * change with the language (`columnId`).
 */
export type TableColumn<T, K extends string> = TableColumnBase<T> &
  (
    | {
        /** Sorts by this key from the header; it also names the column in the remembered choice. */
        sortKey: K;
        id?: string;
      }
    | {
        /** Without a sort key the header is plain text. */
        sortKey?: undefined;
        /** Names the column in the remembered choice. */
        id: string;
      }
  );

interface TableColumnBase<T> {
  /** The header's text (in the current language), also the column's accessible name. */
  header: string;
  /** Said on the header (tooltip) and in the column menu, e.g. where an extra column's data comes from. */
  hint?: string;
  /** An extra column: offered in the column menu, off until the user turns it on. */
  optional?: boolean;
  /**
   * Width class of the column's `<col>` (the tables are `table-fixed`). Leave one column without:
   * it takes the room the others leave, a hidden optional column's too. With every column sized,
   * the browser gave that room to the row checkboxes' column.
   */
  width?: string;
  cellClass?: string;
  /** The full text of a cell that may be truncated: its tooltip (`useCellTitles`). */
  title?: (row: T) => string | undefined;
  /** Stateless: a virtualised table reuses a row's elements for another record (`useWindowRows`). */
  cell: (row: T) => ReactNode;
  /** Shown in the header instead of the text (e.g. a select-all checkbox); `header` still names it. */
  headerCell?: ReactNode;
  /**
   * The cell as plain text (CSV export). Default: `title`, else the cell when it is text, else the
   * column's sort value. `false` for a column with nothing to export (row actions).
   */
  text?: ((row: T) => string) | false;
}

/**
 * A row's actions column: its buttons side by side, nothing in the CSV. Each button names its row
 * ("Edit AS64500", in an `sr-only` span or its label); `relative` keeps such spans inside the
 * scrolling table, where they would otherwise widen the page.
 */
export function actionsColumn<T, K extends string>({
  header,
  width,
  cell,
}: {
  header: string;
  width: string;
  cell: (row: T) => ReactNode;
}): TableColumn<T, K> {
  return {
    header,
    id: 'actions',
    width,
    text: false,
    cellClass: 'px-3',
    cell: (row) => <span className="relative flex gap-2">{cell(row)}</span>,
  };
}

// Never the header: a header changes with the language, a choice must not. The type asks for
// one of the two (TypeScript does not narrow a generic sort key).
export const columnId = <T, K extends string>(column: TableColumn<T, K>): string =>
  (column.id ?? column.sortKey) as string;

/** What both list tables (virtualised or not) are given. */
export interface TableProps<T, K extends string> {
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  columns: readonly TableColumn<T, K>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Without it every header is plain text (a list shown whole, in its own order). */
  sort?: ColumnSort<K>;
  /** Below this the table scrolls sideways rather than squeezing its columns. */
  minWidthClass: string;
}

/** A row's link to its detail page. */
export { cellLinkClass } from './class-names';

export function ColGroup<T, K extends string>({ columns }: { columns: readonly TableColumn<T, K>[] }) {
  return (
    <colgroup>
      {columns.map((column) => (
        <col key={columnId(column)} className={column.width} />
      ))}
    </colgroup>
  );
}

export function HeaderCells<T, K extends string>({
  columns,
  sort,
}: {
  columns: readonly TableColumn<T, K>[];
  sort?: ColumnSort<K>;
}) {
  return columns.map((column) => {
    const { sortKey } = column;
    return sortKey === undefined || !sort ? (
      <th
        key={columnId(column)}
        scope="col"
        className={cx(thClass, column.headerCell ? 'px-1' : 'px-3')}
        title={column.hint}
      >
        {column.headerCell ?? column.header}
      </th>
    ) : (
      <SortHeader
        key={columnId(column)}
        label={column.header}
        hint={column.hint}
        active={sort.key === sortKey}
        direction={sort.dir}
        onSort={() => sort.onSort(sortKey)}
      />
    );
  });
}

export function RowCells<T, K extends string>({
  columns,
  row,
}: {
  columns: readonly TableColumn<T, K>[];
  row: T;
}) {
  return columns.map((column) => (
    <td key={columnId(column)} className={column.cellClass}>
      {column.cell(row)}
    </td>
  ));
}

/**
 * Cells' tooltips (`TableColumn.title`), set on the cell the pointer comes over rather than on
 * every cell drawn: only a pointer shows a tooltip, and four titles per row on each refill of the
 * 10 000-user list cost up to 1.6 ms of a scroll step (median, same-machine A/B). The cell
 * titled loses its title whenever the table draws again: its element may now show another record.
 * Returns the body's `onPointerOver`; `rowOf` finds a body row's record (none for a spacer row).
 */
export function useCellTitles<T, K extends string>(
  columns: readonly TableColumn<T, K>[],
  rowOf: (tr: HTMLTableRowElement) => T | undefined,
) {
  const titled = useRef<HTMLTableCellElement | null>(null);
  useLayoutEffect(() => {
    titled.current?.removeAttribute('title');
    titled.current = null;
  });
  return (event: PointerEvent<HTMLTableSectionElement>) => {
    const cell = (event.target as Element).closest('td');
    if (cell === titled.current) return;
    titled.current?.removeAttribute('title');
    titled.current = cell;
    const tr = cell?.parentElement;
    const row = tr instanceof HTMLTableRowElement ? rowOf(tr) : undefined;
    const title = cell && row !== undefined ? columns[cell.cellIndex]?.title?.(row) : undefined;
    if (cell && title) cell.title = title;
  };
}
