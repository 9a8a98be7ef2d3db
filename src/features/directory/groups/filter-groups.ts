import { compareNames } from '@/features/lists/text-match';
import type { ListIndex, SortColumn } from '@/features/lists/use-list-pipeline';
import type { GroupSummary } from '../types';
import type { GroupSortKey } from './group-list-search';

export type { GroupSortKey };

/** The group list's declarations for the list pipeline: search by name, ties by name. */
export const GROUP_LIST: ListIndex<GroupSummary, GroupSortKey> = {
  searchable: (group) => [group.name],
  columns: {
    name: { value: (group) => group.name, compare: compareNames },
    dn: { value: (group) => group.dn ?? '', compare: compareNames },
  } satisfies Record<GroupSortKey, SortColumn<GroupSummary>>,
  tieBreak: (a, b) => compareNames(a.name, b.name),
};
