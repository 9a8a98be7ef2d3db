import {
  asnCreateBody,
  customerBody,
  layer2TunnelBody,
  resourceCreateBody,
} from '@/api/catalogue/body-schemas';
import { abuseReportFileName } from '@/api/domain/abuse-resource';
import { plainDate } from '../db/dates';
import type { AbuseRecord, AutonomousSystemRecord, Database, ResourceRecord } from '../db/types';
import { buildPdf } from '../pdf';
import { BinaryBody, fail } from '../reply';
import {
  AVAILABLE_IPV4,
  DEFAULT_BALANCE,
  DEFAULT_RESOURCE_SIZE,
  EXCHANGES,
  PRICING,
} from '../seed/reference-data';
import { parseBody } from '../validation';
import { param, type Route, type RouteContext } from './context';

function requireResource(db: Database, id: string): ResourceRecord {
  const resource = db.resources.find((r) => r.id === id);
  if (!resource) fail(404, 'not_found', `Internet resource ${id} does not exist.`, 'id');
  return resource;
}

function requireAs(db: Database, id: string): AutonomousSystemRecord {
  const as = db.autonomousSystems.find((a) => String(a.id) === id);
  if (!as) fail(404, 'not_found', `AS number ${id} does not exist.`, 'id');
  return as;
}

/** The PUTs documented with the customer's fields (a copy in the docs): accepted and kept as contact data. */
function contactFields(ctx: RouteContext): Record<string, string> {
  const fields = parseBody(customerBody, ctx.body);
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/**
 * Orders are paid from the balance up front: not enough is the documented 402. The docs name no
 * code for it, so the console goes by the status; this code is the demo's own.
 */
function charge(db: Database, product: string): void {
  const price = Number(PRICING.find((p) => p.name === product)?.create ?? 0);
  const balance = db.balance ?? DEFAULT_BALANCE;
  if (balance < price) {
    fail(
      402,
      'payment_required',
      `The order costs ${price.toFixed(2)}; the balance is ${balance.toFixed(2)}.`,
    );
  }
  db.balance = balance - price;
}

// The catalogue's param schema has already read the resource (IP, prefix or AS) into its normal form.
function abuseEntries(ctx: RouteContext): AbuseRecord[] {
  const resource = param(ctx, 'resource');
  return ctx.db.abuse.filter((a) => a.resource.toLowerCase() === resource.toLowerCase());
}

export const internetRoutes = {
  'exchange.list': () => EXCHANGES,

  // Documented answer `{}`: the order is taken, the resource appears once provisioned.
  'resource.create': (ctx) => {
    const { type, size } = parseBody(resourceCreateBody, ctx.body);
    ctx.db.sequences.resource += 1;
    ctx.db.resources.push({
      id: String(ctx.db.sequences.resource),
      type,
      size: size ?? DEFAULT_RESOURCE_SIZE,
      customer: ctx.key.customerNumber ?? '',
      created: ctx.now,
    });
    return {};
  },

  'resource.update': (ctx) => {
    const resource = requireResource(ctx.db, param(ctx, 'id'));
    resource.contact = contactFields(ctx);
    return {};
  },

  'asn.list': ({ db }) =>
    db.autonomousSystems.map((a) => ({
      id: a.id,
      asn: a.asn,
      name: a.name,
      org: a.org,
      country: a.country,
      url: a.url ?? null,
      created: plainDate(a.created),
    })),

  'asn.pricing': () => PRICING,

  // Documented answer `{}`; the number comes from the documentation range (RFC 5398), so the demo
  // never shows somebody's real AS.
  'asn.create': (ctx) => {
    const { org, country, name, url } = parseBody(asnCreateBody, ctx.body);
    charge(ctx.db, 'asn_pi_32bit');
    const { sequences } = ctx.db;
    sequences.asn = sequences.asn >= 65_551 ? 65_536 : sequences.asn + 1;
    sequences.asId += 1;
    ctx.db.autonomousSystems.push({
      id: sequences.asId,
      asn: sequences.asn,
      org,
      country,
      name,
      url,
      created: ctx.now,
    });
    return {};
  },

  'asn.update': (ctx) => {
    const as = requireAs(ctx.db, param(ctx, 'id'));
    as.contact = contactFields(ctx);
    return {};
  },

  'asn.delete': (ctx) => {
    const as = requireAs(ctx.db, param(ctx, 'id'));
    // The provider's own AS carries everything else.
    if (as.asn === 58057) fail(409, 'protected', `AS${as.asn} is protected.`);
    ctx.db.autonomousSystems = ctx.db.autonomousSystems.filter((a) => a !== as);
    return true;
  },

  'ipv4.available': () => AVAILABLE_IPV4,

  'tunnel.createLayer2': (ctx) => {
    const { type, endpoint, exchange } = parseBody(layer2TunnelBody, ctx.body);
    if (!EXCHANGES.some((x) => x.id === exchange)) {
      fail(422, 'invalid_input', `There is no internet exchange ${exchange}.`, 'exchange');
    }
    const { tunnels, sequences } = ctx.db;
    if (tunnels.some((t) => t.endpoint === endpoint && t.exchange === exchange)) {
      fail(409, 'uniqueness_error', `${endpoint} already has a tunnel to this exchange.`, 'endpoint');
    }
    sequences.tunnel += 1;
    tunnels.push({ id: sequences.tunnel, type, endpoint, exchange, created: ctx.now });
    // Documented answer.
    return {};
  },

  'abuse.list': (ctx) =>
    abuseEntries(ctx).map((a) => ({
      id: a.id,
      resource: a.resource,
      type: a.type,
      source: a.source,
      reported: plainDate(a.reported),
      description: a.description,
      status: a.status,
    })),

  // A PDF when there is something to report; without entries the documented `[]`.
  'abuse.report': (ctx) => {
    const entries = abuseEntries(ctx);
    if (entries.length === 0) return [];
    const resource = entries[0]?.resource ?? '';
    const lines = [
      `Generated ${plainDate(ctx.now)} UTC by Securebit AG`,
      '',
      ...entries.flatMap((a) => [
        `#${a.id}  ${plainDate(a.reported)}  ${a.type.toUpperCase()}  (${a.status}, via ${a.source})`,
        `    ${a.description}`,
      ]),
    ];
    return new BinaryBody(
      buildPdf(`Abuse report for ${resource}`, lines),
      'application/pdf',
      abuseReportFileName(resource),
    );
  },
} satisfies Record<string, Route>;
