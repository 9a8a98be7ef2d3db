import type { z } from 'zod';
import type { customerSummary } from '../../api/catalogue/customers';
import type { SortDirection, SortKey } from './customer-list-search';

export type CustomerSummary = z.output<typeof customerSummary>;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Names in the viewer's language order ("Kunde 2" before "Kunde 10", "Äbi" with the A's);
// customer numbers (8 digits) and GUIDs (hex) in plain character order.
const COLUMNS: Record<
  SortKey,
  { value: (c: CustomerSummary) => string; compare: (a: string, b: string) => number }
> = {
  number: { value: (c) => c.name, compare: ordinal },
  organisation: { value: (c) => c.description ?? '', compare: collator.compare },
  guid: { value: (c) => (c.guid ?? '').toLowerCase(), compare: ordinal },
};

/** Sorted by one column, ties broken by customer number so the order is stable. */
export function sortCustomers(
  customers: readonly CustomerSummary[],
  key: SortKey,
  direction: SortDirection,
): CustomerSummary[] {
  const { value, compare } = COLUMNS[key];
  const sign = direction === 'asc' ? 1 : -1;
  // Read every value once: with 10 000 rows the comparator runs ~140 000 times.
  const keyed = customers.map((customer) => ({ customer, value: value(customer) }));
  keyed.sort((a, b) => sign * (compare(a.value, b.value) || ordinal(a.customer.name, b.customer.name)));
  return keyed.map((entry) => entry.customer);
}

/** Lower case without accents, so "zurich" finds "Zürich". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface SearchIndex {
  customers: readonly CustomerSummary[];
  /** Number, organisation and guid of each customer, folded once. */
  haystacks: readonly string[];
}

export function buildSearchIndex(customers: readonly CustomerSummary[]): SearchIndex {
  return {
    customers,
    // \u0000 keeps a query from matching across the end of one column and the start of the next.
    haystacks: customers.map((c) => foldText(`${c.name}\u0000${c.description ?? ''}\u0000${c.guid ?? ''}`)),
  };
}

/**
 * Customers whose number, organisation or guid contains every word of the query, in index order.
 * A plain loop over pre-folded strings: 10 000 customers take well under a millisecond.
 */
export function searchCustomers(index: SearchIndex, query: string): readonly CustomerSummary[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.customers;
  const found: CustomerSummary[] = [];
  const { customers, haystacks } = index;
  for (let i = 0; i < haystacks.length; i++) {
    const haystack = haystacks[i] as string;
    let all = true;
    for (const word of words) {
      if (!haystack.includes(word)) {
        all = false;
        break;
      }
    }
    if (all) found.push(customers[i] as CustomerSummary);
  }
  return found;
}
