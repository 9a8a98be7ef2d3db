import type { ListSearch } from '@/features/lists/sort-order';

/** The list's search and sort, as the route keeps them in the URL. Tiny: route config loads it up front. */
export const SORT_KEYS = ['number', 'organisation', 'guid'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_LIST_SEARCH: ListSearch<SortKey> = { q: '', sort: 'number', dir: 'asc' };
