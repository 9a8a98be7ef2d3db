import { type SortDirection, sortedBy } from '@/features/lists/sort-order';
import { haystackOf, nameCollator, searchEntries } from '@/features/lists/text-match';
import type { UserSummary } from '../types';
import type { UserSortKey } from './user-list-search';
import { userDisplayName } from './user-names';

export type { UserSortKey };

export interface IndexedUser {
  user: UserSummary;
  name: string;
  /** Folded name, first and last name, username, UPN and id: what the search box looks in. */
  haystack: string;
}

/** Done once per list, not per keystroke. */
export function indexUsers(users: readonly UserSummary[]): IndexedUser[] {
  return users.map((user) => {
    const name = userDisplayName(user);
    return {
      user,
      name,
      haystack: haystackOf([name, user.firstname, user.lastname, user.username, user.upn, user.id]),
    };
  });
}

function sortValue(entry: IndexedUser, key: UserSortKey): string {
  if (key === 'name') return entry.name;
  return (key === 'username' ? entry.user.username : entry.user.upn) ?? '';
}

/** A sorted copy; done when the sort changes, not per keystroke. Ties keep the API's order. */
export function sortUsers(
  indexed: readonly IndexedUser[],
  key: UserSortKey,
  direction: SortDirection,
): IndexedUser[] {
  return sortedBy(indexed, (entry) => sortValue(entry, key), nameCollator.compare, direction);
}

/** Keeps the order; every word of the query must occur (case and accents ignored). */
export function filterUsers(sorted: readonly IndexedUser[], query: string): UserSummary[] {
  return searchEntries(sorted, query, (entry) => entry.user);
}
