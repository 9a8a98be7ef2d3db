import { type SortDirection, sortedBy } from '@/features/lists/sort-order';
import { foldText, matchesAll, nameCollator, queryTerms } from '@/features/lists/text-match';
import type { GroupSummary } from '../types';
import type { GroupSortKey } from './group-list-search';

export type { GroupSortKey };

/** Groups whose name contains every word of the query, sorted by one column (ties by name). */
export function filterGroups(
  groups: readonly GroupSummary[],
  query: string,
  key: GroupSortKey,
  direction: SortDirection,
): GroupSummary[] {
  const terms = queryTerms(query);
  return sortedBy(
    groups.filter((g) => matchesAll(foldText(g.name), terms)),
    (g) => (key === 'name' ? g.name : (g.dn ?? '')),
    nameCollator.compare,
    direction,
    (a, b) => nameCollator.compare(a.name, b.name),
  );
}
