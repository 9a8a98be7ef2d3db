import type { ListSearch } from '@/features/lists/sort-order';

/** The virtual-server list's search and sort in the URL. Tiny: the route loads it up front. */
export const SERVER_SORT_KEYS = ['id', 'name', 'status'] as const;
export type ServerSortKey = (typeof SERVER_SORT_KEYS)[number];
export const DEFAULT_SERVER_SEARCH: ListSearch<ServerSortKey> = { q: '', sort: 'id', dir: 'asc' };
