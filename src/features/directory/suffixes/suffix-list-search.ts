import type { ListSearch } from '@/features/lists/sort-order';

/** The suffix list's search and sort, as the route keeps them in the URL. Tiny: route config loads it up front. */
export const SUFFIX_SORT_KEYS = ['suffix', 'users', 'created'] as const;
export type SuffixSortKey = (typeof SUFFIX_SORT_KEYS)[number];

export const DEFAULT_SUFFIX_LIST_SEARCH: ListSearch<SuffixSortKey> = { q: '', sort: 'suffix', dir: 'asc' };
