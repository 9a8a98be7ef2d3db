import {
  buildMemberDn,
  type DnDescription,
  describeDn,
  formatDn,
  type MemberKind,
  parseDn,
} from '@/api/domain/distinguished-name';
import { foldText, haystackOf } from '@/features/lists/text-match';
import type { GroupSummary, UserSummary } from '../types';
import { userDisplayName } from '../users/user-names';

/** Something that can be a member of a group: one of this customer's users or groups. */
export interface MemberCandidate {
  /** Comparison key of its DN (see memberKey). */
  key: string;
  /** The DN sent to the API, built with RFC 4514 escaping. */
  dn: string;
  kind: MemberKind;
  name: string;
  /** Username for users, for telling namesakes apart. */
  detail?: string;
  userId?: string;
  /** Folded name and detail, for the picker's search. */
  haystack: string;
}

/**
 * DNs compare case-insensitively and regardless of how they were escaped ("Bühl\,Kevin" and
 * "B\C3\BChl\2CKevin" are the same entry), so members are compared by their re-formatted form.
 */
export function memberKey(dn: string): string {
  try {
    return formatDn(
      parseDn(dn).map(({ type, value }) => ({ type: type.toUpperCase(), value })),
    ).toLowerCase();
  } catch {
    return dn.trim().toLowerCase();
  }
}

/** The CN an object is known by in the directory: from its DN when the API gave one. */
function commonName(dn: string | null | undefined, fallback: string): string {
  if (!dn) return fallback;
  const described = describeDn(dn);
  return described.kind === 'other' && described.ouPath.length === 0 ? fallback : described.name;
}

export function userCandidate(user: UserSummary, customerNumber: string): MemberCandidate {
  const name = userDisplayName(user);
  const dn = buildMemberDn('user', commonName(user.dn, name), customerNumber);
  const detail = user.username ?? user.id;
  return {
    key: memberKey(dn),
    dn,
    kind: 'user',
    name,
    detail,
    userId: user.id,
    haystack: haystackOf([name, detail, user.upn]),
  };
}

export function groupCandidate(group: GroupSummary, customerNumber: string): MemberCandidate {
  const dn = buildMemberDn('group', commonName(group.dn, group.name), customerNumber);
  return { key: memberKey(dn), dn, kind: 'group', name: group.name, haystack: foldText(group.name) };
}

/** A current or planned member, readable: who it is, what it is and where it sits. */
export interface MemberView extends DnDescription {
  dn: string;
  key: string;
  /** The matching user or group of this customer, when there is one (for a link). */
  candidate?: MemberCandidate;
}

export function describeMember(dn: string, candidates: ReadonlyMap<string, MemberCandidate>): MemberView {
  const key = memberKey(dn);
  const candidate = candidates.get(key);
  const view: MemberView = { ...describeDn(dn), dn, key };
  if (candidate) view.candidate = candidate;
  return view;
}

export interface MemberDiff {
  added: string[];
  removed: string[];
}

/** What a PUT of `after` changes, given that it replaces `before` entirely. */
export function diffMembers(before: readonly string[], after: readonly string[]): MemberDiff {
  const beforeKeys = new Set(before.map(memberKey));
  const afterKeys = new Set(after.map(memberKey));
  return {
    added: after.filter((dn) => !beforeKeys.has(memberKey(dn))),
    removed: before.filter((dn) => !afterKeys.has(memberKey(dn))),
  };
}

/** "Customers › 12345678 › Users": the OU path, root first. */
export function ouPathLabel(ouPath: readonly string[]): string {
  return ouPath.join(' › ');
}

/** Every key a group may hold a user or group by: the DN the member editor builds, and the API's. */
export function subjectKeys(candidate: MemberCandidate, apiDn: string | null | undefined): Set<string> {
  const keys = new Set([candidate.key]);
  if (apiDn) keys.add(memberKey(apiDn));
  return keys;
}

/** A group the subject belongs to: directly (`via` undefined) or through the group `via`. */
export interface Membership {
  name: string;
  via?: string;
}

/**
 * The groups whose members hold one of `subject`'s keys (see subjectKeys), then the groups
 * holding those groups, and so on: each group once, at its shortest path. Cycles end.
 */
export function membershipsOf(
  subject: ReadonlySet<string>,
  groups: readonly (GroupSummary & { members: readonly string[] })[],
  customerNumber: string,
): Membership[] {
  const found: Membership[] = [];
  const seen = new Set<string>();
  const memberKeys = groups.map((group) => new Set(group.members.map(memberKey)));
  const keysOf = (name: string) => {
    const group = groups.find((g) => g.name === name);
    return subjectKeys(groupCandidate(group ?? { name, dn: undefined }, customerNumber), group?.dn);
  };
  let frontier: { keys: ReadonlySet<string>; via?: string }[] = [{ keys: subject }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { keys, via } of frontier)
      groups.forEach((group, i) => {
        if (seen.has(group.name) || ![...keys].some((key) => memberKeys[i]?.has(key))) return;
        seen.add(group.name);
        found.push(via === undefined ? { name: group.name } : { name: group.name, via });
        next.push({ keys: keysOf(group.name), via: group.name });
      });
    frontier = next;
  }
  return found;
}
