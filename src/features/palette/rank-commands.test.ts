import { describe, expect, it } from 'vitest';
import { rankCommands } from './rank-commands';

const items = [
  { label: 'Customers', detail: 'Organisations, their details and addresses.' },
  { label: 'New customer', keywords: 'create add' },
  { label: 'Zürich Treuhand AG', detail: 'Customer 10000002', keywords: '10000002' },
  { label: 'Switch theme', keywords: 'dark light' },
  { label: 'Servers' },
];
const labels = (query: string) => rankCommands(items, query).map((i) => i.label);

describe('rankCommands', () => {
  it('keeps every item, in order, for an empty query', () => {
    expect(labels('  ')).toEqual(items.map((i) => i.label));
  });

  it('needs every word, puts the label that starts with the query first', () => {
    expect(labels('new cust')).toEqual(['New customer']);
    expect(labels('cust')).toEqual(['Customers', 'New customer', 'Zürich Treuhand AG']);
  });

  it('matches word starts, accents folded, numbers and keywords', () => {
    expect(labels('zurich')).toEqual(['Zürich Treuhand AG']);
    expect(labels('1000')).toEqual(['Zürich Treuhand AG']);
    expect(labels('dark')).toEqual(['Switch theme']);
  });

  it('matches letters in order in a label, below word matches', () => {
    expect(labels('swthm')).toEqual(['Switch theme']);
    expect(labels('srv')).toEqual(['Servers']);
    // Two letters are too few to match loosely.
    expect(labels('sv')).toEqual([]);
  });
});
