import { suffixBody } from '@/api/catalogue/body-schemas';
import { plainDate } from '../db/dates';
import type { SuffixRecord } from '../db/types';
import { fail } from '../reply';
import { parseBody } from '../validation';
import { param, type Route, requireCustomer, requireWritableCustomer } from './context';

export const suffixRoutes = {
  // The docs' example is a single object; a list is what a list endpoint should send (the client
  // reads both).
  'suffix.list': (ctx) => {
    const customer = requireCustomer(ctx.db, param(ctx, 'customerNumber'));
    return ctx.db.suffixes
      .filter((s) => s.customer === customer.number)
      .map((s) => ({
        id: s.id,
        created: plainDate(s.created),
        description: s.description,
        suffix: s.suffix,
        uid: s.uid,
        configured: s.configured,
      }));
  },

  'suffix.create': (ctx) => {
    const { db } = ctx;
    const customer = requireWritableCustomer(db, param(ctx, 'customerNumber'));
    const { suffix } = parseBody(suffixBody, ctx.body, { suffix: [400, 'INVALID_FQDN'] });
    if (db.suffixes.some((s) => s.customer === customer.number && s.suffix === suffix)) {
      fail(409, 'UPN_ALREADY_EXIST', `The UPN suffix ${suffix} already exists.`, 'suffix');
    }
    db.sequences.suffix += 1;
    const record: SuffixRecord = {
      id: db.sequences.suffix,
      customer: customer.number,
      suffix,
      description: '',
      configured: true,
      uid: 1,
      created: ctx.now,
    };
    db.suffixes.push(record);
    // Documented answer: the id is the suffix itself here.
    return { id: suffix, created: plainDate(record.created) };
  },

  'suffix.delete': (ctx) => {
    const { db } = ctx;
    const customer = requireWritableCustomer(db, param(ctx, 'customerNumber'));
    const suffix = param(ctx, 'suffix');
    const record = db.suffixes.find((s) => s.customer === customer.number && s.suffix === suffix);
    if (!record) fail(404, 'not_found', `The UPN suffix ${suffix} does not exist.`, 'suffix');
    db.suffixes = db.suffixes.filter((s) => s !== record);
    return true;
  },
} satisfies Record<string, Route>;
