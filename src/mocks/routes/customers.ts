import type { z } from 'zod';
import { customerBody } from '@/api/catalogue/body-schemas';
import { apiDateTime } from '../db/dates';
import type { CustomerRecord, Database } from '../db/types';
import { fail } from '../reply';
import { parseBody } from '../validation';
import { newGuid, param, type Route, requireCustomer, requireWritableCustomer } from './context';

type CustomerFields = z.output<typeof customerBody>;

type OptionalField = Exclude<keyof CustomerFields, 'description' | 'country'>;
/** The body fields the catalogue marks optional: those a PUT may leave out. */
const OPTIONAL_FIELDS = (Object.keys(customerBody.shape) as (keyof CustomerFields)[]).filter(
  (name): name is OptionalField => customerBody.shape[name].safeParse(undefined).success,
);

export function customerSummary(c: CustomerRecord) {
  return { name: c.number, description: c.description, guid: c.guid };
}

/** The documented detail: every field present, unset ones as null (as a PHP backend sends them). */
export function customerDetail(c: CustomerRecord) {
  return {
    country: c.country,
    city: c.city ?? null,
    state: c.state ?? null,
    street: c.street ?? null,
    name: c.number,
    description: c.description,
    zipcode: c.zipcode ?? null,
    telephonenumber: c.telephonenumber ?? null,
    mobile: c.mobile ?? null,
    created: apiDateTime(c.created),
    modified: apiDateTime(c.modified),
    vatid: c.vatid ?? null,
    streetnumber: c.streetnumber ?? null,
  };
}

/** A VAT number identifies one company: a second customer with it is a duplicate account. */
function assertVatUnique(db: Database, vatid: string | undefined, except?: string): void {
  if (!vatid) return;
  const taken = db.customers.find((c) => c.vatid === vatid && c.number !== except);
  if (taken)
    fail(
      409,
      'uniqueness_error',
      `VAT number ${vatid} already belongs to customer ${taken.number}.`,
      'vatid',
    );
}

// PUT replaces: an optional field left out is cleared, like the documented "same fields as POST".
function applyFields(target: CustomerRecord, fields: CustomerFields): void {
  target.description = fields.description;
  target.country = fields.country;
  for (const name of OPTIONAL_FIELDS) {
    const value = fields[name];
    if (value === undefined) delete target[name];
    else target[name] = value;
  }
}

export const customerRoutes = {
  'customer.list': ({ db, key }) =>
    db.customers.filter((c) => !key.customerNumber || c.number === key.customerNumber).map(customerSummary),

  'customer.get': (ctx) => customerDetail(requireCustomer(ctx.db, param(ctx, 'customerNumber'))),

  'customer.create': ({ db, body, now }) => {
    const fields = parseBody(customerBody, body);
    assertVatUnique(db, fields.vatid);
    let next = db.sequences.customer + 1;
    while (db.customers.some((c) => Number(c.number) === next)) next += 1;
    db.sequences.customer = next;
    const customer: CustomerRecord = {
      number: String(next).padStart(8, '0'),
      guid: newGuid(),
      description: '',
      country: '',
      created: now,
      modified: now,
    };
    applyFields(customer, fields);
    db.customers.push(customer);
    return customerDetail(customer);
  },

  'customer.update': (ctx) => {
    const customer = requireWritableCustomer(ctx.db, param(ctx, 'customerNumber'));
    const fields = parseBody(customerBody, ctx.body);
    assertVatUnique(ctx.db, fields.vatid, customer.number);
    applyFields(customer, fields);
    customer.modified = ctx.now;
    return customerDetail(customer);
  },

  'customer.delete': (ctx) => {
    const number = param(ctx, 'customerNumber');
    const customer = requireCustomer(ctx.db, number);
    if (customer.status === 'protected')
      fail(409, 'protected', `Customer ${number} is protected against deletion.`);
    requireWritableCustomer(ctx.db, number);
    // The account's directory goes with it; its products stay for billing to wind down.
    const { db } = ctx;
    db.customers = db.customers.filter((c) => c !== customer);
    db.users = db.users.filter((u) => u.customer !== number);
    db.groups = db.groups.filter((g) => g.customer !== number);
    db.suffixes = db.suffixes.filter((s) => s.customer !== number);
    return true;
  },
} satisfies Record<string, Route>;
