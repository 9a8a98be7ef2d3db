import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { directoryQueries } from '@/api/queries/directory';
import { compareNames } from '@/features/lists/text-match';
import { groupCandidate, type MemberCandidate, userCandidate } from './members';

export interface MemberCandidates {
  /** Groups first, then users, each by name. */
  all: MemberCandidate[];
  byKey: ReadonlyMap<string, MemberCandidate>;
  loading: boolean;
  error: unknown;
}

/** This customer's users and groups as possible members (a group never contains itself). */
export function useMemberCandidates(customerNumber: string, exceptGroup?: string): MemberCandidates {
  const users = useQuery(directoryQueries.users(customerNumber));
  const groups = useQuery(directoryQueries.groups(customerNumber));
  const all = useMemo(() => {
    const byName = (a: MemberCandidate, b: MemberCandidate) => compareNames(a.name, b.name);
    const ownGroups = (groups.data ?? [])
      .filter((g) => g.name.toLowerCase() !== exceptGroup?.toLowerCase())
      .map((g) => groupCandidate(g, customerNumber))
      .sort(byName);
    const ownUsers = (users.data ?? []).map((u) => userCandidate(u, customerNumber)).sort(byName);
    return [...ownGroups, ...ownUsers];
  }, [users.data, groups.data, customerNumber, exceptGroup]);
  const byKey = useMemo(() => new Map(all.map((c) => [c.key, c])), [all]);
  return { all, byKey, loading: users.isPending || groups.isPending, error: users.error ?? groups.error };
}
