import { buildMemberDn, formatDn, parseDn } from '@/api/domain/distinguished-name';
import { apiDateTime } from '../db/dates';
import { displayName } from '../db/display-name';
import type { Database, GroupRecord, UserRecord } from '../db/types';

export function userDn(user: UserRecord): string {
  return buildMemberDn('user', displayName(user), user.customer);
}

export function groupDn(group: GroupRecord): string {
  return buildMemberDn('group', group.name, group.customer);
}

export function userSummary(user: UserRecord) {
  return {
    name: displayName(user),
    lastname: user.lastname,
    firstname: user.firstname,
    username: user.id,
    upn: user.upn,
    dn: userDn(user),
    id: user.id,
  };
}

/** The docs' example shows fewer fields; a careful API sends the summary's too. */
export function userDetail(user: UserRecord) {
  return {
    ...userSummary(user),
    created: apiDateTime(user.created),
    modified: apiDateTime(user.modified),
  };
}

/** Members as DNs, built now: a renamed user shows its new DN in every group at once. */
export function groupDetail(db: Database, group: GroupRecord) {
  const users = new Map(db.users.filter((u) => u.customer === group.customer).map((u) => [u.id, u]));
  const groups = new Map(db.groups.filter((g) => g.customer === group.customer).map((g) => [g.guid, g]));
  const members: string[] = [];
  for (const ref of group.members) {
    const target = ref.type === 'user' ? users.get(ref.id) : groups.get(ref.guid);
    if (!target) continue;
    members.push(ref.type === 'user' ? userDn(target as UserRecord) : groupDn(target as GroupRecord));
  }
  return { name: group.name, members, dn: groupDn(group) };
}

/** DNs compare by attribute type and value, ignoring case and escaping style (AD does). */
export function sameDn(a: string, b: string): boolean {
  const canonical = (dn: string) =>
    formatDn(
      parseDn(dn).map(({ type, value }) => ({ type: type.toUpperCase(), value: value.toLowerCase() })),
    );
  try {
    return canonical(a) === canonical(b);
  } catch {
    return false;
  }
}
