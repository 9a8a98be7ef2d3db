import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SortDirection } from '@/features/lists/sort-order';
import { runListPipeline, useListPipeline } from '@/features/lists/use-list-pipeline';
import type { UserSummary } from '../types';
import { USER_LIST } from './filter-users';
import type { UserSortKey } from './user-list-search';

const sortUsers = (items: readonly UserSummary[], sort: UserSortKey, dir: SortDirection) =>
  runListPipeline({ index: USER_LIST, items, sort, dir, query: '' });
const filterUsers = (items: readonly UserSummary[], query: string) =>
  runListPipeline({ index: USER_LIST, items, sort: 'name', dir: 'asc', query });

const user = (id: string, lastname: string, firstname: string, upn: string): UserSummary => ({
  id,
  username: id,
  lastname,
  firstname,
  name: `${lastname}, ${firstname}`,
  upn,
  dn: `CN=${lastname}\\, ${firstname},OU=Users,OU=12345678,OU=Customers,DC=4b42,DC=com`,
});

const USERS = [
  user('12345678_3', 'Zürcher', 'Anna', 'anna@example.com'),
  user('12345678_1', 'Bühl', 'Kevin', 'kevin@beta.ch'),
  user('12345678_10', 'Ålund', 'Erik', 'erik@example.com'),
  user('12345678_2', 'Muster', 'Max', 'max@alpha.ch'),
];

const ids = (users: readonly UserSummary[]) => users.map((u) => u.id);

describe('sortUsers', () => {
  const indexed = USERS;
  it('sorts names as people read them (Å next to A, ü next to u)', () => {
    expect(ids(sortUsers(indexed, 'name', 'asc'))).toEqual([
      '12345678_10',
      '12345678_1',
      '12345678_2',
      '12345678_3',
    ]);
  });
  it('sorts usernames numerically and descending on request', () => {
    expect(ids(sortUsers(indexed, 'username', 'asc'))).toEqual([
      '12345678_1',
      '12345678_2',
      '12345678_3',
      '12345678_10',
    ]);
    expect(ids(sortUsers(indexed, 'upn', 'desc'))).toEqual([
      '12345678_2',
      '12345678_1',
      '12345678_10',
      '12345678_3',
    ]);
  });
});

describe('filterUsers', () => {
  const sorted = USERS;
  it.each([
    ['', ['12345678_10', '12345678_1', '12345678_2', '12345678_3']],
    ['buhl', ['12345678_1']],
    ['BÜHL', ['12345678_1']],
    ['zurcher anna', ['12345678_3']],
    ['anna zurcher', ['12345678_3']],
    ['example.com', ['12345678_10', '12345678_3']],
    ['12345678_1', ['12345678_10', '12345678_1']],
    ['nobody', []],
    ['  max  ', ['12345678_2']],
  ])('%j → %j, in sort order', (query, expected) => {
    expect(ids(filterUsers(sorted, query))).toEqual(expected);
  });

  // Speed is measured by `npm run bench` (keystroke to paint), not by a timed test.
  it('narrows 10 000 users keystroke by keystroke', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      user(`12345678_${i}`, `Lastname${i}`, `Firstname${i}`, `user${i}@example.com`),
    );
    const { result, rerender } = renderHook(
      (query: string) =>
        useListPipeline({ index: USER_LIST, items: many, sort: 'name', dir: 'asc', query, locale: 'en' }),
      { initialProps: 'l' },
    );
    // Each keystroke narrows from the previous result; speed is measured by `npm run bench`.
    const counts = [result.current.length];
    for (const q of ['la', 'las', 'last', 'lastname9', 'lastname99']) {
      rerender(q);
      counts.push(result.current.length);
    }
    expect(counts).toEqual([10_000, 10_000, 10_000, 10_000, 1111, 111]);
  });
});
