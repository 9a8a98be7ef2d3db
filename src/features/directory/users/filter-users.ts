import type { SortDirection } from '../shared/sort-header';
import { foldText, matchesAll, nameCollator, queryTerms } from '../shared/text-match';
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

/** Done once per list: folding 10 000 names per keystroke would not fit in a frame. */
export function indexUsers(users: readonly UserSummary[]): IndexedUser[] {
  return users.map((user) => {
    const name = userDisplayName(user);
    const fields = [name, user.firstname, user.lastname, user.username, user.upn, user.id];
    return { user, name, haystack: foldText(fields.filter(Boolean).join('\u0000')) };
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
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = indexed.map((entry, position) => ({ entry, position, value: sortValue(entry, key) }));
  keyed.sort((a, b) => sign * nameCollator.compare(a.value, b.value) || a.position - b.position);
  return keyed.map((k) => k.entry);
}

/** Keeps the order; every word of the query must occur (case and accents ignored). */
export function filterUsers(sorted: readonly IndexedUser[], query: string): UserSummary[] {
  const terms = queryTerms(query);
  const result: UserSummary[] = [];
  for (const entry of sorted)
    if (terms.length === 0 || matchesAll(entry.haystack, terms)) result.push(entry.user);
  return result;
}
