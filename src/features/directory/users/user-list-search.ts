import type { ListSearch } from '@/features/lists/sort-order';

/** The users list's search and sort, as the route keeps them in the URL. Tiny: route config loads it up front. */
export const USER_SORT_KEYS = ['name', 'username', 'upn'] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];

export const DEFAULT_USER_LIST_SEARCH: ListSearch<UserSortKey> = { q: '', sort: 'name', dir: 'asc' };
