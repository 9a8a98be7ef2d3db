import type { CustomerSummary } from '@/api/types';
import { type SortDirection, sortedBy } from '../lists/sort-order';
import { haystackOf, nameCollator, searchEntries } from '../lists/text-match';
import type { SortKey } from './customer-list-search';

export type { CustomerSummary };

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Names in the viewer's language order ("Kunde 2" before "Kunde 10", "Äbi" with the A's);
// customer numbers (8 digits) and GUIDs (hex) in plain character order.
const COLUMNS: Record<
  SortKey,
  { value: (c: CustomerSummary) => string; compare: (a: string, b: string) => number }
> = {
  number: { value: (c) => c.name, compare: ordinal },
  organisation: { value: (c) => c.description ?? '', compare: nameCollator.compare },
  guid: { value: (c) => (c.guid ?? '').toLowerCase(), compare: ordinal },
};

/** Sorted by one column, ties broken by customer number so the order is stable. */
export function sortCustomers(
  customers: readonly CustomerSummary[],
  key: SortKey,
  direction: SortDirection,
): CustomerSummary[] {
  const { value, compare } = COLUMNS[key];
  return sortedBy(customers, value, compare, direction, (a, b) => ordinal(a.name, b.name));
}

/** Number, organisation and GUID of each customer, folded once. */
export type SearchIndex = readonly { customer: CustomerSummary; haystack: string }[];

export function buildSearchIndex(customers: readonly CustomerSummary[]): SearchIndex {
  return customers.map((customer) => ({
    customer,
    haystack: haystackOf([customer.name, customer.description, customer.guid]),
  }));
}

/** Customers whose number, organisation or GUID contains every word of the query, in index order. */
export function searchCustomers(index: SearchIndex, query: string): readonly CustomerSummary[] {
  return searchEntries(index, query, (entry) => entry.customer);
}
