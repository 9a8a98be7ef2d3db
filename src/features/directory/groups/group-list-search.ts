import type { ListSearch } from '@/features/lists/sort-order';

/** The groups list's search and sort, as the route keeps them in the URL. Tiny: route config loads it up front. */
export const GROUP_SORT_KEYS = ['name', 'dn'] as const;
export type GroupSortKey = (typeof GROUP_SORT_KEYS)[number];

export const DEFAULT_GROUP_LIST_SEARCH: ListSearch<GroupSortKey> = { q: '', sort: 'name', dir: 'asc' };
