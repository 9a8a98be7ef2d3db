import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../types';
import { usersWithSuffix } from './users-with-suffix';

const user = (id: string, upn: string | null): UserSummary => ({ id, upn });

describe('usersWithSuffix', () => {
  const users = [
    user('1', 'max@example.com'),
    user('2', 'anna@EXAMPLE.com'),
    user('3', 'kurt@sub.example.com'),
    user('4', 'jo@xn--bcher-kva.ch'),
    user('5', null),
    user('6', 'no-at-sign'),
    user('7', 'a@example.com.evil'),
  ];
  it.each([
    ['example.com', ['1', '2']],
    ['Example.COM', ['1', '2']],
    ['bücher.ch', ['4']],
    ['xn--bcher-kva.ch', ['4']],
    ['sub.example.com', ['3']],
    ['other.ch', []],
  ])('%s → %j', (suffix, ids) => {
    expect(usersWithSuffix(users, suffix).map((u) => u.id)).toEqual(ids);
  });
});
