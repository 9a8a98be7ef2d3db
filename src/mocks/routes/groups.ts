import { groupCreateBody, groupUpdateBody } from '@/api/catalogue/body-schemas';
import { describeDn } from '@/api/domain/distinguished-name';
import { displayName } from '../db/display-name';
import type { Database, GroupRecord, MemberRef } from '../db/types';
import { fail } from '../reply';
import { parseBody } from '../validation';
import {
  newGuid,
  param,
  type Route,
  requireCustomer,
  requireGroup,
  requireWritableCustomer,
} from './context';
import { groupDetail, groupDn, sameDn, userDn } from './directory-views';

/**
 * Turns the DNs sent as members into references. A DN outside this customer is invalid input; a
 * well-formed DN of a user or group that does not exist gets the documented "does not exist"
 * code, with 422 rather than 404: the URL was found, the body names something that is not.
 */
function resolveMembers(db: Database, group: GroupRecord, dns: readonly string[]): MemberRef[] {
  const users = new Map<string, (typeof db.users)[number]>();
  for (const u of db.users) if (u.customer === group.customer) users.set(displayName(u).toLowerCase(), u);
  const refs = new Map<string, MemberRef>();
  for (const dn of dns) {
    const described = describeDn(dn);
    if (described.kind === 'other' || described.customerNumber === undefined) {
      fail(
        422,
        'invalid_input',
        `${dn} is not the DN of a user or group (OU=Users or OU=Groups).`,
        'members',
      );
    }
    if (described.customerNumber !== group.customer) {
      fail(422, 'invalid_input', `${dn} belongs to customer ${described.customerNumber}.`, 'members');
    }
    if (described.kind === 'user') {
      const user = users.get(described.name.toLowerCase());
      if (!user || !sameDn(dn, userDn(user))) {
        fail(
          422,
          'USER_DOES_NOT_EXIST',
          `No user ${described.name} in customer ${group.customer}.`,
          'members',
        );
      }
      refs.set(`u:${user.id}`, { type: 'user', id: user.id });
    } else {
      const wanted = described.name.toLowerCase();
      const member = db.groups.find((g) => g.customer === group.customer && g.name.toLowerCase() === wanted);
      if (!member || !sameDn(dn, groupDn(member))) {
        fail(
          422,
          'GROUP_DOES_NOT_EXIST',
          `No group ${described.name} in customer ${group.customer}.`,
          'members',
        );
      }
      if (member === group) fail(422, 'invalid_input', 'A group cannot be a member of itself.', 'members');
      refs.set(`g:${member.guid}`, { type: 'group', guid: member.guid });
    }
  }
  // Sending a DN twice is not an error: it is a member once.
  return [...refs.values()];
}

export const groupRoutes = {
  'group.list': (ctx) => {
    const customer = requireCustomer(ctx.db, param(ctx, 'customerNumber'));
    return ctx.db.groups
      .filter((g) => g.customer === customer.number)
      .map((g) => ({ name: g.name, guid: g.guid, dn: groupDn(g) }));
  },

  'group.get': (ctx) => {
    const customer = requireCustomer(ctx.db, param(ctx, 'customerNumber'));
    return groupDetail(ctx.db, requireGroup(ctx.db, customer.number, param(ctx, 'groupName')));
  },

  'group.create': (ctx) => {
    const { db } = ctx;
    const customer = requireWritableCustomer(db, param(ctx, 'customerNumber'));
    const { groupName } = parseBody(groupCreateBody, ctx.body);
    const wanted = groupName.toLowerCase();
    if (db.groups.some((g) => g.customer === customer.number && g.name.toLowerCase() === wanted)) {
      fail(409, 'uniqueness_error', `A group named ${groupName} already exists.`, 'groupName');
    }
    const group: GroupRecord = {
      guid: newGuid(),
      customer: customer.number,
      name: groupName,
      members: [],
      created: ctx.now,
    };
    db.groups.push(group);
    return { name: group.name, guid: group.guid };
  },

  'group.update': (ctx) => {
    const { db } = ctx;
    const customer = requireWritableCustomer(db, param(ctx, 'customerNumber'));
    const group = requireGroup(db, customer.number, param(ctx, 'groupName'));
    const { members } = parseBody(groupUpdateBody, ctx.body);
    // Documented: the members sent replace the existing list.
    group.members = resolveMembers(db, group, members);
    return groupDetail(db, group);
  },

  'group.delete': (ctx) => {
    const { db } = ctx;
    const customer = requireWritableCustomer(db, param(ctx, 'customerNumber'));
    const group = requireGroup(db, customer.number, param(ctx, 'groupName'));
    db.groups = db.groups.filter((g) => g !== group);
    for (const other of db.groups) {
      other.members = other.members.filter((m) => !(m.type === 'group' && m.guid === group.guid));
    }
    return true;
  },
} satisfies Record<string, Route>;
