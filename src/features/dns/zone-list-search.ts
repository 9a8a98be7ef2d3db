import type { ListSearch } from '@/features/lists/sort-order';

/** The zone list's search and sort, as its route keeps them in the URL. Tiny: the route loads it up front. */
export const ZONE_SORT_KEYS = ['name', 'updated', 'valid'] as const;
export type ZoneSortKey = (typeof ZONE_SORT_KEYS)[number];
export const DEFAULT_ZONE_SEARCH: ListSearch<ZoneSortKey> = { q: '', sort: 'name', dir: 'asc' };
