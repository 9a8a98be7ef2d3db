import {
  productZoneCreateBody,
  ZONE_DEFAULTS,
  zoneCreateBody,
  zoneUpdateBody,
} from '@/api/catalogue/body-schemas';
import { nextSerial, plainDate } from '../db/dates';
import type { Database, DnsProductRecord, ZoneRecord } from '../db/types';
import { fail } from '../reply';
import { type FieldCodes, parseBody } from '../validation';
import { param, type Route, type RouteContext } from './context';

const ZONE_CODES: FieldCodes = { name: [400, 'INVALID_FQDN'], hostmaster: [400, 'INVALID_EMAIL'] };

function requireProduct(db: Database, id: string): DnsProductRecord {
  const product = db.dnsProducts.find((p) => p.id === id);
  if (!product) fail(404, 'not_found', `DNS product ${id} does not exist.`, 'productid');
  return product;
}

function requireZone(ctx: RouteContext): ZoneRecord {
  const product = requireProduct(ctx.db, param(ctx, 'productid'));
  const name = param(ctx, 'zone');
  const zone = ctx.db.zones.find((z) => z.productid === product.id && z.name === name);
  if (!zone) fail(404, 'not_found', `Zone ${name} does not exist in DNS product ${product.id}.`, 'zone');
  return zone;
}

/** SOA numbers go out as strings, as documented (`"ttl": "172800"`, `"dnssec": "0"`). */
function soa(zone: ZoneRecord) {
  return {
    created: plainDate(zone.created),
    dnssec: zone.dnssec ? '1' : '0',
    expire: String(zone.expire),
    hostmaster: zone.hostmaster,
    refresh: String(zone.refresh),
    retry: String(zone.retry),
    serial: zone.serial,
    ttl: String(zone.ttl),
    updated: plainDate(zone.updated),
    valid: zone.valid,
  };
}

interface ZoneInput {
  name: string;
  hostmaster?: string | undefined;
  dnssec?: boolean | undefined;
  expire?: number | undefined;
  refresh?: number | undefined;
  retry?: number | undefined;
  ttl?: number | undefined;
}

function createZone(db: Database, productid: string, input: ZoneInput, now: number): ZoneRecord {
  // A zone name is served by one product only: the name servers are shared.
  if (db.zones.some((z) => z.name === input.name)) {
    fail(409, 'ZONE_ALREADY_IN_USE', `The zone ${input.name} is already in use.`, 'name');
  }
  db.sequences.zone += 1;
  const zone: ZoneRecord = {
    id: db.sequences.zone,
    productid,
    name: input.name,
    // Optional in the older edition: the usual SOA mailbox of the zone.
    hostmaster: input.hostmaster ?? `hostmaster.${input.name}`,
    dnssec: input.dnssec ?? ZONE_DEFAULTS.dnssec,
    expire: input.expire ?? ZONE_DEFAULTS.expire,
    refresh: input.refresh ?? ZONE_DEFAULTS.refresh,
    retry: input.retry ?? ZONE_DEFAULTS.retry,
    ttl: input.ttl ?? ZONE_DEFAULTS.ttl,
    serial: nextSerial(null, now),
    created: now,
    updated: now,
    valid: 'yes',
  };
  db.zones.push(zone);
  return zone;
}

export const dnsRoutes = {
  'zone.list': (ctx) => {
    const product = requireProduct(ctx.db, param(ctx, 'productid'));
    return ctx.db.zones
      .filter((z) => z.productid === product.id)
      .map((z) => ({ id: z.name, updated: plainDate(z.updated), valid: z.valid }));
  },

  'zone.get': (ctx) => {
    const zone = requireZone(ctx);
    return { id: zone.name, ...soa(zone) };
  },

  // The current edition names no product: the zone goes to the account's first DNS product, as
  // an account with one product (the usual case) would expect.
  'zone.create': (ctx) => {
    const input = parseBody(zoneCreateBody, ctx.body, ZONE_CODES);
    const product = ctx.db.dnsProducts[0];
    if (!product) fail(404, 'not_found', 'There is no DNS product to create the zone in.');
    const zone = createZone(ctx.db, product.id, input, ctx.now);
    // Documented answer: a numeric id as a string, plus the name.
    return { id: String(zone.id), ...soa(zone), name: zone.name };
  },

  'zone.createForProduct': (ctx) => {
    const product = requireProduct(ctx.db, param(ctx, 'productid'));
    const input = parseBody(productZoneCreateBody, ctx.body, ZONE_CODES);
    const zone = createZone(ctx.db, product.id, input, ctx.now);
    // Older edition: the id is the zone name.
    return { id: zone.name, ...soa(zone) };
  },

  'zone.update': (ctx) => {
    const zone = requireZone(ctx);
    const fields = parseBody(zoneUpdateBody, ctx.body, ZONE_CODES);
    const changed: Record<string, string> = {};
    if (fields.hostmaster !== undefined) zone.hostmaster = changed.hostmaster = fields.hostmaster;
    if (fields.dnssec !== undefined) {
      zone.dnssec = fields.dnssec;
      changed.dnssec = fields.dnssec ? '1' : '0';
    }
    for (const name of ['expire', 'refresh', 'retry', 'ttl'] as const) {
      const value = fields[name];
      if (value === undefined) continue;
      zone[name] = value;
      changed[name] = String(value);
    }
    zone.serial = nextSerial(zone.serial, ctx.now);
    zone.updated = ctx.now;
    // Documented: "returns updated fields".
    return changed;
  },

  'zone.delete': (ctx) => {
    const zone = requireZone(ctx);
    ctx.db.zones = ctx.db.zones.filter((z) => z !== zone);
    return true;
  },
} satisfies Record<string, Route>;
