import { useMemo, useRef } from 'react';
import { type FilterResult, narrowingFilter } from './narrowing-filter';
import { type SortDirection, sortedBy } from './sort-order';
import { haystackOf } from './text-match';

/** How one sortable column orders rows: the value read once per row, and how two compare. */
export interface SortColumn<T> {
  value: (item: T) => string;
  compare: (a: string, b: string) => number;
}

export interface ListPipeline<T, K extends string> {
  items: readonly T[];
  /** What the search box looks in, per row (folded once per list). */
  searchable: (item: T) => readonly (string | null | undefined)[];
  columns: Record<K, SortColumn<T>>;
  /** Ties under any column, so the order is stable (e.g. by id). */
  tieBreak?: (a: T, b: T) => number;
  sort: K;
  dir: SortDirection;
  /** The search text (`useListSearch().query`). */
  query: string;
}

/** Plain character order, for ids and numbers in fixed width. */
export const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A whole number ≥ 0 as fixed-width text (16 digits hold any safe integer): under `ordinal`, number order. */
export const numberOrder = (n: number) => String(n).padStart(16, '0');

/**
 * Every list's search and sort: index once per data (fold each row's text), sort when the order
 * changes, filter per keystroke. When the query only grows ("ex" → "exa"), the rows to look at are
 * the previous result, not the whole list, and a backspace gets back the result it had ("exa" →
 * "ex"); an empty query gives the sorted list itself (same array).
 */
export function useListPipeline<T, K extends string>({
  items,
  searchable,
  columns,
  tieBreak,
  sort,
  dir,
  query,
}: ListPipeline<T, K>): readonly T[] {
  const searchableRef = useRef(searchable);
  searchableRef.current = searchable;
  const columnsRef = useRef(columns);
  columnsRef.current = columns;
  const tieBreakRef = useRef(tieBreak);
  tieBreakRef.current = tieBreak;

  const index = useMemo(
    () => items.map((item) => ({ item, haystack: haystackOf(searchableRef.current(item)) })),
    [items],
  );
  const sorted = useMemo(() => {
    const column = columnsRef.current[sort];
    const tie = tieBreakRef.current;
    const entries = sortedBy(
      index,
      (entry) => column.value(entry.item),
      column.compare,
      dir,
      tie && ((a, b) => tie(a.item, b.item)),
    );
    // The whole list in order, one array per order: an empty search shows it as it is.
    return { entries, items: entries.map((entry) => entry.item) };
  }, [index, sort, dir]);

  const last = useRef<FilterResult<{ item: T; haystack: string }> | null>(null);
  return useMemo(() => {
    // Kept across renders: a growing query filters the previous result only, and a backspace
    // returns to an earlier one (narrowing-filter.ts).
    const result = narrowingFilter(sorted.entries, query, last.current);
    last.current = result;
    return result.found === sorted.entries ? sorted.items : result.items;
  }, [sorted, query]);
}

/** The pipeline without React, for benchmarks and tests: index, sort and filter in one go. */
export function runListPipeline<T, K extends string>(options: ListPipeline<T, K>): readonly T[] {
  const column = options.columns[options.sort];
  const index = options.items.map((item) => ({ item, haystack: haystackOf(options.searchable(item)) }));
  const tie = options.tieBreak;
  const sorted = sortedBy(
    index,
    (entry) => column.value(entry.item),
    column.compare,
    options.dir,
    tie && ((a, b) => tie(a.item, b.item)),
  );
  const result = narrowingFilter(sorted, options.query, null);
  return result.found === sorted ? sorted.map((entry) => entry.item) : result.items;
}
