import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SortDirection } from '@/features/lists/sort-order';
import { runListPipeline, useListPipeline } from '@/features/lists/use-list-pipeline';
import type { SortKey } from './customer-list-search';
import { CUSTOMER_LIST, type CustomerSummary } from './customer-search-index';

const sortCustomers = (items: readonly CustomerSummary[], sort: SortKey, dir: SortDirection) =>
  runListPipeline({ index: CUSTOMER_LIST, items, sort, dir, query: '' });
const searchCustomers = (items: readonly CustomerSummary[], query: string) =>
  runListPipeline({ index: CUSTOMER_LIST, items, sort: 'number', dir: 'asc', query });

const CUSTOMERS: CustomerSummary[] = [
  { name: '10000003', description: 'Rheinhafen Logistik GmbH', guid: 'c3a1' },
  { name: '10000001', description: 'Bergwerk Digital AG', guid: 'b7f2' },
  { name: '10000002', description: 'Treuhand Aareblick', guid: 'a0e9' },
  { name: '10000004', description: 'Café Zürich', guid: null },
];

const names = (list: readonly CustomerSummary[]) => list.map((c) => c.name);

describe('sortCustomers', () => {
  it.each([
    ['number', 'asc', ['10000001', '10000002', '10000003', '10000004']],
    ['number', 'desc', ['10000004', '10000003', '10000002', '10000001']],
    ['organisation', 'asc', ['10000001', '10000004', '10000003', '10000002']],
    ['guid', 'asc', ['10000004', '10000002', '10000001', '10000003']],
  ] as const)('by %s %s', (key, dir, expected) => {
    expect(names(sortCustomers(CUSTOMERS, key, dir))).toEqual(expected);
  });
});

describe('searchCustomers', () => {
  const index = CUSTOMERS;
  it.each([
    ['', 4],
    ['10000002', 1],
    ['berg', 1],
    ['BERG', 1],
    ['zurich', 1],
    ['c3a1', 1],
    ['treuhand aare', 1],
    ['treuhand bergwerk', 0],
    ['1000000', 4],
    ['nothing like it', 0],
  ])('"%s" finds %i', (query, count) => {
    expect(searchCustomers(index, query)).toHaveLength(count);
  });

  it('does not match across columns', () => {
    // "...AG" + "b7f2" must not read as "agb7".
    expect(searchCustomers(index, 'agb7')).toHaveLength(0);
  });

  // Speed is measured by `npm run bench` (keystroke to paint), not by a timed test.
  it('finds customers among 10 000', () => {
    const many: CustomerSummary[] = Array.from({ length: 10_000 }, (_, i) => ({
      name: String(20_000_000 + i),
      description: `Customer ${i} Holding AG`,
      guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    const { result, rerender } = renderHook(
      (query: string) =>
        useListPipeline({
          index: CUSTOMER_LIST,
          items: many,
          sort: 'organisation',
          dir: 'asc',
          query,
          locale: 'en',
        }),
      { initialProps: 'warm-up' },
    );
    rerender('holding 12');
    const found = result.current;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => /12/.test(`${c.name} ${c.description}`))).toBe(true);
  });
});
