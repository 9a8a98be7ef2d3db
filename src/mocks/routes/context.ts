import type { AnyEndpoint } from '@/api/endpoint';
import type { CustomerRecord, Database, GroupRecord, UserRecord } from '../db/types';
import type { DemoKey } from '../demo-keys';
import { fail } from '../reply';

export interface RouteContext {
  endpoint: AnyEndpoint;
  /** Path parameters after the catalogue's schema (trimmed, domain names in ASCII form). */
  params: Record<string, string>;
  /** The request body as sent (JSON object), not yet validated. */
  body: Record<string, unknown>;
  key: DemoKey;
  db: Database;
  now: number;
}

/** JSON body of a 200, or a BinaryBody. */
export type Route = (ctx: RouteContext) => unknown;

export function param(ctx: RouteContext, name: string): string {
  return ctx.params[name] ?? '';
}

export function requireCustomer(db: Database, number: string): CustomerRecord {
  const customer = db.customers.find((c) => c.number === number);
  if (!customer) fail(404, 'INVALID_CUSTOMER_NUMBER', `Customer ${number} does not exist.`, 'customerNumber');
  return customer;
}

/** An action is running on a locked customer: reads work, changes answer 409 `locked`. */
export function requireWritableCustomer(db: Database, number: string): CustomerRecord {
  const customer = requireCustomer(db, number);
  if (customer.status === 'locked') {
    fail(409, 'locked', `Customer ${number} is locked: an action is already running on it.`);
  }
  return customer;
}

export function requireUser(db: Database, id: string): UserRecord {
  const user = db.users.find((u) => u.id === id);
  if (!user) fail(404, 'USER_DOES_NOT_EXIST', `User ${id} does not exist.`, 'userId');
  return user;
}

export function requireGroup(db: Database, customer: string, name: string): GroupRecord {
  const wanted = name.trim().toLowerCase();
  // AD compares common names case-insensitively.
  const group = db.groups.find((g) => g.customer === customer && g.name.toLowerCase() === wanted);
  if (!group) fail(404, 'GROUP_DOES_NOT_EXIST', `Group ${name} does not exist.`, 'groupName');
  return group;
}

export function newGuid(): string {
  return globalThis.crypto.randomUUID();
}
