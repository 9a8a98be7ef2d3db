import { userCreateBody, userUpdateBody } from '@/api/catalogue/body-schemas';
import { generatePassword, passwordIssue } from '@/api/domain/password';
import { displayName } from '../db/display-name';
import type { Database, UserRecord } from '../db/types';
import { fail } from '../reply';
import { parseBody } from '../validation';
import { param, type Route, requireCustomer, requireUser, requireWritableCustomer } from './context';
import { userDetail, userDn, userSummary } from './directory-views';

/** Same length the console's own generator uses: comfortably above the 16 characters asked for. */
const GENERATED_PASSWORD_LENGTH = 20;

// AD enforces a password policy; the console's rule stands in for it.
function assertPassword(password: string | undefined): void {
  const issue = password === undefined ? null : passwordIssue(password);
  if (issue) fail(422, 'invalid_input', issue, 'password');
}

// AD wants a forest-wide unique UPN.
function assertUpnFree(db: Database, upn: string | undefined, except?: string): void {
  if (!upn) return;
  const wanted = upn.toLowerCase();
  const taken = db.users.find((u) => u.upn.toLowerCase() === wanted && u.id !== except);
  if (taken) fail(409, 'uniqueness_error', `The UPN ${upn} is already used by ${taken.id}.`, 'upn');
}

// The CN ("Lastname, Firstname") must be unique within the customer's Users OU, as in AD.
function assertNameFree(db: Database, customer: string, name: string, except?: string): void {
  const wanted = name.toLowerCase();
  const taken = db.users.find(
    (u) => u.customer === customer && u.id !== except && displayName(u).toLowerCase() === wanted,
  );
  if (taken) fail(409, 'uniqueness_error', `A user named ${name} already exists (${taken.id}).`, 'lastname');
}

export const userRoutes = {
  'user.list': (ctx) => {
    const customer = requireCustomer(ctx.db, param(ctx, 'customerNumber'));
    return ctx.db.users.filter((u) => u.customer === customer.number).map(userSummary);
  },

  'user.get': (ctx) => userDetail(requireUser(ctx.db, param(ctx, 'userId'))),

  'user.create': (ctx) => {
    const { db, now } = ctx;
    const customer = requireWritableCustomer(db, param(ctx, 'customerNumber'));
    const fields = parseBody(userCreateBody, ctx.body);
    assertPassword(fields.password);
    assertNameFree(db, customer.number, displayName(fields));
    assertUpnFree(db, fields.upn);
    const n = (db.sequences.userByCustomer[customer.number] ?? 0) + 1;
    const id = `${customer.number}_${n}`;
    const user: UserRecord = {
      id,
      customer: customer.number,
      lastname: fields.lastname,
      firstname: fields.firstname,
      upn: fields.upn ?? `${id}@4b42.com`,
      created: now,
      modified: now,
    };
    db.sequences.userByCustomer[customer.number] = n;
    db.users.push(user);
    // Documented: "if empty password will be generated"; the answer is the only place it is shown.
    const password = fields.password ?? generatePassword(GENERATED_PASSWORD_LENGTH);
    return {
      lastname: user.lastname,
      firstname: user.firstname,
      password,
      customernumber: customer.number,
      displayname: displayName(user),
      name: displayName(user),
      username: id,
      upn: user.upn,
      id,
      dn: userDn(user),
      passwordNeverExpires: true,
    };
  },

  'user.update': (ctx) => {
    const { db } = ctx;
    const user = requireUser(db, param(ctx, 'userId'));
    requireWritableCustomer(db, user.customer);
    const fields = parseBody(userUpdateBody, ctx.body);
    assertPassword(fields.password);
    const lastname = fields.lastname ?? user.lastname;
    const firstname = fields.firstname ?? user.firstname;
    assertNameFree(db, user.customer, displayName({ lastname, firstname }), user.id);
    assertUpnFree(db, fields.upn, user.id);
    user.lastname = lastname;
    user.firstname = firstname;
    if (fields.upn) user.upn = fields.upn;
    user.modified = ctx.now;
    // Documented answer of this PUT.
    return [];
  },

  'user.delete': (ctx) => {
    const { db } = ctx;
    const user = requireUser(db, param(ctx, 'userId'));
    requireWritableCustomer(db, user.customer);
    db.users = db.users.filter((u) => u !== user);
    for (const group of db.groups) {
      if (group.customer !== user.customer) continue;
      group.members = group.members.filter((m) => !(m.type === 'user' && m.id === user.id));
    }
    return true;
  },
} satisfies Record<string, Route>;
