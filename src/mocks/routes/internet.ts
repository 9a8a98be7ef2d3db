import {
  asnCreateBody,
  customerBody,
  layer2TunnelBody,
  resourceCreateBody,
} from '@/api/catalogue/body-schemas';
import { isIPv4, isIPv6 } from '@/api/domain/ip';
import { plainDate } from '../db/dates';
import type { AbuseRecord, AutonomousSystemRecord, Database, ResourceRecord } from '../db/types';
import { buildPdf } from '../pdf';
import { BinaryBody, fail } from '../reply';
import { AVAILABLE_IPV4, DEFAULT_RESOURCE_SIZE, EXCHANGES, PRICING } from '../seed/reference-data';
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
 * An abuse "resource" is an IP address, a prefix or an AS number (AS64500 or 64500); normalised so
 * `as64500` and `AS64500` find the same entries. Anything else is INVALID_PARAMETER.
 */
function abuseResource(raw: string): string {
  const value = raw.trim();
  const asn = /^(?:as)?(\d{1,10})$/i.exec(value);
  if (asn) return `AS${Number(asn[1])}`;
  const [address = '', prefix, extra] = value.split('/');
  const max = isIPv4(address) ? 32 : isIPv6(address) ? 128 : -1;
  const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max);
  if (max < 0 || extra !== undefined || !prefixOk) {
    fail(
      400,
      'INVALID_PARAMETER',
      'Enter an IP address, a prefix (193.33.95.0/24) or an AS number.',
      'resource',
    );
  }
  return prefix === undefined ? address.toLowerCase() : `${address.toLowerCase()}/${Number(prefix)}`;
}

function abuseEntries(ctx: RouteContext): AbuseRecord[] {
  const resource = abuseResource(param(ctx, 'resource'));
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
    const filename = `abuse-report-${resource.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf`;
    return new BinaryBody(buildPdf(`Abuse report for ${resource}`, lines), 'application/pdf', filename);
  },
} satisfies Record<string, Route>;
