import { domainLabel } from '@/api/domain/domain-name';
import { compareNames } from '@/features/lists/text-match';
import type { ListIndex, SortColumn } from '@/features/lists/use-list-pipeline';
import { numberOrder, ordinal } from '@/features/lists/use-list-pipeline';
import { apiDateSortValue } from '@/features/ui/format-api-date';
import type { SuffixItem, UserSummary } from '../types';
import type { SuffixSortKey } from './suffix-list-search';
import { usersWithSuffix } from './users-with-suffix';

/** A suffix with the number of users signing in with it (null while the users are not known). */
export type SuffixRow = SuffixItem & { users: number | null };

export const suffixKey = (row: SuffixItem) => row.suffix;

/** The rows of the list: the users are counted once per answer, not per render. */
export function suffixRows(
  suffixes: readonly SuffixItem[],
  users: readonly UserSummary[] | undefined,
): SuffixRow[] {
  return suffixes.map((item) => ({
    ...item,
    users: users ? usersWithSuffix(users, item.suffix).length : null,
  }));
}

/** The suffix list's declarations for the list pipeline: search by domain (both forms) and description. */
export const SUFFIX_LIST: ListIndex<SuffixRow, SuffixSortKey> = {
  searchable: (row) => [domainLabel(row.suffix), row.description],
  columns: {
    suffix: { value: (row) => domainLabel(row.suffix), compare: compareNames },
    // Unknown counts sort first.
    users: {
      value: (row) => (row.users === null ? '' : numberOrder(row.users)),
      compare: ordinal,
    },
    created: { value: (row) => apiDateSortValue(row.created), compare: ordinal },
  } satisfies Record<SuffixSortKey, SortColumn<SuffixRow>>,
  tieBreak: (a, b) => compareNames(a.suffix, b.suffix),
};
