import { type CsvValue, toCsv } from '@/features/ui/csv';
import { fileStamp } from '@/features/ui/download';
import type { TableColumn } from '@/features/ui/table-columns';
import type { SortColumn } from './use-list-pipeline';

/**
 * A column's plain text for a row: its `text`, else its `title`, else the cell when it is text,
 * else its sort value. `null` for a column with nothing to export (`text: false`).
 */
export function columnText<T, K extends string>(
  column: TableColumn<T, K>,
  sortColumns: Partial<Record<K, SortColumn<T>>>,
): ((row: T) => CsvValue) | null {
  if (column.text === false) return null;
  if (column.text) return column.text;
  const { title, cell, sortKey } = column;
  const sortValue = sortKey === undefined ? undefined : sortColumns[sortKey]?.value;
  return (row) => {
    const titled = title?.(row);
    if (titled !== undefined) return titled;
    const shown = cell(row);
    if (typeof shown === 'string' || typeof shown === 'number') return shown;
    return sortValue ? sortValue(row) : '';
  };
}

/** The rows as they are shown (filtered, sorted), with the shown columns, as RFC 4180 CSV with a BOM. */
export function listCsv<T, K extends string>(
  columns: readonly TableColumn<T, K>[],
  rows: readonly T[],
  sortColumns: Partial<Record<K, SortColumn<T>>>,
): string {
  const exported = columns.flatMap((column) => {
    const text = columnText(column, sortColumns);
    return text ? [{ header: column.header, text }] : [];
  });
  return toCsv(
    exported.map((column) => column.header),
    rows.map((row) => exported.map((column) => column.text(row))),
  );
}

/** `customers-2025-03-14-0615.csv`, stamped in the user's time zone. */
export function csvFileName(listId: string, now = new Date()): string {
  return `${listId}-${fileStamp(now)}.csv`;
}
