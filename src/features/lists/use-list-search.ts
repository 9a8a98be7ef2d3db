import { useDeferredValue, useMemo, useRef } from 'react';
import { type ColumnSort, type ListSearch, nextSort } from './sort-order';
import { useUrlSyncedText } from './use-url-synced-text';

/** What a list page gets from its route: the search and sort in the URL, and a way to change them. */
export interface ListPageProps<K extends string> {
  search: ListSearch<K>;
  onSearchChange: (next: Partial<ListSearch<K>>) => void;
}

/**
 * A list page's search text and sort, kept in the URL. Two copies of the text: `query` is urgent
 * (the box shows each keystroke in the next frame), `listQuery` is deferred (the list filters right
 * after, in a render React interrupts for the next keystroke); the URL follows after a pause. A
 * header click sorts or reverses.
 */
export function useListSearch<K extends string>({ search, onSearchChange }: ListPageProps<K>) {
  const changeRef = useRef(onSearchChange);
  changeRef.current = onSearchChange;
  const [query, setQuery] = useUrlSyncedText(search.q, (q) => changeRef.current({ q }));
  const listQuery = useDeferredValue(query);
  const searchRef = useRef(search);
  searchRef.current = search;
  // Stable while the order is the same, so the URL catching up with the text re-renders no table.
  const sort: ColumnSort<K> = useMemo(
    () => ({
      key: search.sort,
      dir: search.dir,
      onSort: (key: K) => changeRef.current(nextSort(searchRef.current, key)),
    }),
    [search.sort, search.dir],
  );
  // A new search or order starts the list at its top (with the list, not with the box).
  const resetScrollKey = `${listQuery}|${search.sort}|${search.dir}`;
  return { query, setQuery, listQuery, sort, resetScrollKey };
}
