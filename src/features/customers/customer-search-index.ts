import type { CustomerSummary } from '@/api/types';
import { compareNames } from '@/features/lists/text-match';
import { type ListIndex, ordinal, type SortColumn } from '@/features/lists/use-list-pipeline';
import type { SortKey } from './customer-list-search';

export type { CustomerSummary };

/**
 * The customer list's declarations for the list pipeline (`useListPipeline`): names in the
 * viewer's language order ("Kunde 2" before "Kunde 10", "Äbi" with the A's); customer numbers
 * (8 digits) and GUIDs (hex) in plain character order; ties by customer number.
 */
export const CUSTOMER_LIST: ListIndex<CustomerSummary, SortKey> = {
  /** Search looks at the number, the organisation and the GUID. */
  searchable: (c) => [c.name, c.description, c.guid],
  columns: {
    number: { value: (c) => c.name, compare: ordinal },
    organisation: { value: (c) => c.description ?? '', compare: compareNames },
    guid: { value: (c) => (c.guid ?? '').toLowerCase(), compare: ordinal },
  } satisfies Record<SortKey, SortColumn<CustomerSummary>>,
  tieBreak: (a, b) => ordinal(a.name, b.name),
};
