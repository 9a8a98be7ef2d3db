import type { SortDirection } from '../shared/sort-header';
import { foldText, matchesAll, nameCollator, queryTerms } from '../shared/text-match';
import type { GroupSummary } from '../types';

import type { GroupSortKey } from './group-list-search';

export type { GroupSortKey };

/** Groups whose name contains every word of the query, sorted by one column. */
export function filterGroups(
  groups: readonly GroupSummary[],
  query: string,
  key: GroupSortKey,
  direction: SortDirection,
): GroupSummary[] {
  const terms = queryTerms(query);
  const sign = direction === 'asc' ? 1 : -1;
  const value = (g: GroupSummary) => (key === 'name' ? g.name : (g.dn ?? ''));
  return groups
    .filter((g) => terms.length === 0 || matchesAll(foldText(g.name), terms))
    .sort(
      (a, b) => sign * (nameCollator.compare(value(a), value(b)) || nameCollator.compare(a.name, b.name)),
    );
}
