export type SortDirection = 'asc' | 'desc';

/** A list's search and sort as its route keeps them in the URL. */
export interface ListSearch<K extends string> {
  q: string;
  sort: K;
  dir: SortDirection;
}

/** A table's current sort and what a header click does. */
export interface ColumnSort<K extends string> {
  key: K;
  dir: SortDirection;
  onSort: (key: K) => void;
}

/** A click on a column header: that column ascending, or the other way round if it already is. */
export function nextSort<K extends string>(
  current: ListSearch<K>,
  key: K,
): Pick<ListSearch<K>, 'sort' | 'dir'> {
  return { sort: key, dir: current.sort === key && current.dir === 'asc' ? 'desc' : 'asc' };
}

/**
 * A sorted copy by one value per item. Each value is read once (with 10 000 rows the comparator
 * runs ~140 000 times); ties go to `tieBreak`, else keep the given order (the sort is stable).
 */
export function sortedBy<T>(
  items: readonly T[],
  value: (item: T) => string,
  compare: (a: string, b: string) => number,
  direction: SortDirection,
  tieBreak?: (a: T, b: T) => number,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = items.map((item) => ({ item, value: value(item) }));
  keyed.sort((a, b) => sign * (compare(a.value, b.value) || (tieBreak?.(a.item, b.item) ?? 0)));
  return keyed.map((entry) => entry.item);
}
