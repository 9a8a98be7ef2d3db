/** The list's search and sort, as the route keeps them in the URL. Tiny: route config loads it up front. */
export const SORT_KEYS = ['number', 'organisation', 'guid'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface CustomerListSearch {
  q: string;
  sort: SortKey;
  dir: SortDirection;
}

export const DEFAULT_LIST_SEARCH: CustomerListSearch = { q: '', sort: 'number', dir: 'asc' };
