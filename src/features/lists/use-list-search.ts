import { type ColumnSort, type ListSearch, nextSort } from './sort-order';
import { useUrlSyncedText } from './use-url-synced-text';

/** What a list page gets from its route: the search and sort in the URL, and a way to change them. */
export interface ListPageProps<K extends string> {
  search: ListSearch<K>;
  onSearchChange: (next: Partial<ListSearch<K>>) => void;
}

/**
 * A list page's search text and sort, kept in the URL: the text follows typing at once (the list
 * filters on the same frame) and the URL after a pause; a header click sorts or reverses.
 */
export function useListSearch<K extends string>({ search, onSearchChange }: ListPageProps<K>) {
  const [query, setQuery] = useUrlSyncedText(search.q, (q) => onSearchChange({ q }));
  const sort: ColumnSort<K> = {
    key: search.sort,
    dir: search.dir,
    onSort: (key) => onSearchChange(nextSort(search, key)),
  };
  // A new search or order starts the list at its top.
  const resetScrollKey = `${query}|${search.sort}|${search.dir}`;
  return { query, setQuery, sort, resetScrollKey };
}
