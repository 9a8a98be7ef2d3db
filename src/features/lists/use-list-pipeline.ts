import { useMemo, useRef } from 'react';
import { type SortDirection, sortedBy } from './sort-order';
import { foldText, haystackOf, matchesAll, queryTerms } from './text-match';

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
  /** The live search text (what the box holds, not yet the URL). */
  query: string;
}

interface Entry<T> {
  item: T;
  haystack: string;
}

/** Plain character order, for ids and numbers in fixed width. */
export const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every list's search and sort: index once per data (fold each row's text), sort when the order
 * changes, filter per keystroke. When the query only grows ("ex" → "exa"), the rows to look at are
 * the previous result, not the whole list: 2 000 zones filter well within a frame.
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
    return sortedBy(
      index,
      (entry) => column.value(entry.item),
      column.compare,
      dir,
      tie && ((a, b) => tie(a.item, b.item)),
    );
  }, [index, sort, dir]);

  const last = useRef<{ source: readonly Entry<T>[]; folded: string; found: Entry<T>[] } | null>(null);
  return useMemo(() => {
    const folded = foldText(query).trim();
    const previous = last.current;
    const pool =
      previous && previous.source === sorted && folded.startsWith(previous.folded) ? previous.found : sorted;
    const terms = queryTerms(folded);
    const found =
      terms.length === 0 ? [...sorted] : pool.filter((entry) => matchesAll(entry.haystack, terms));
    last.current = { source: sorted, folded, found };
    return found.map((entry) => entry.item);
  }, [sorted, query]);
}

/** The pipeline without React, for benchmarks and tests: index, sort and filter in one go. */
export function runListPipeline<T, K extends string>(options: ListPipeline<T, K>): T[] {
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
  const terms = queryTerms(options.query);
  return sorted.filter((entry) => matchesAll(entry.haystack, terms)).map((entry) => entry.item);
}
