import { compareNames } from '@/features/lists/text-match';
import type { ListIndex, SortColumn } from '@/features/lists/use-list-pipeline';
import type { UserSummary } from '../types';
import type { UserSortKey } from './user-list-search';
import { userDisplayName } from './user-names';

export type { UserSortKey };

/**
 * The user list's declarations for the list pipeline: names as people read them (Å next to A,
 * "user 10" after "user 9"); ties keep the API's order.
 */
export const USER_LIST: ListIndex<UserSummary, UserSortKey> = {
  /** Name, first and last name, username, UPN and id: what the search box looks in. */
  searchable: (user) => [
    userDisplayName(user),
    user.firstname,
    user.lastname,
    user.username,
    user.upn,
    user.id,
  ],
  columns: {
    name: { value: userDisplayName, compare: compareNames },
    username: { value: (user) => user.username ?? '', compare: compareNames },
    upn: { value: (user) => user.upn ?? '', compare: compareNames },
  } satisfies Record<UserSortKey, SortColumn<UserSummary>>,
};
