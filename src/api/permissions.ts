import { i18n, params } from '@/i18n';
import type { HttpMethod } from './endpoint';

/**
 * What a key may not do, learned from the API's 403 answers. Keys carry permissions per path and
 * per method (changelog 2018-03-03) and an ordering switch (2018-03-09); the API offers no way to
 * ask, so each refusal is recorded against the endpoint it refused, and only that endpoint (for
 * that customer) is off from then on. Plain data and pure functions: no catalogue, no React.
 */
// Whole sentences per case, with the verb and the thing as pieces: German puts the verb last.
const messages = i18n('api/permissions', {
  orderingSwitch:
    'Ordering is switched on per API key on the 4b42 website, under “Access”. Reconnect with the key afterwards.',
  orderingOff: params('Ordering is not enabled for this key (403 ORDERING_NOT_ENABLED). {switch}'),
  path: params('This key may not reach {path} (403 {code}).'),
  pathOf: params('This key may not reach {path} for customer {customer} (403 {code}).'),
  method: params('This key may not {verb} {thing} (403 {code}).'),
  methodOf: params('This key may not {verb} {thing} of customer {customer} (403 {code}).'),
  methodCustomer: params('This key may not {verb} customer {customer} (403 {code}).'),
  GET: 'read',
  POST: 'create',
  PUT: 'change',
  DELETE: 'delete',
  customer: 'customers',
  group: 'groups',
  suffix: 'UPN suffixes',
  user: 'users',
  zone: 'DNS zones',
  virtualServer: 'virtual servers',
  dedicatedServer: 'dedicated servers',
  exchange: 'internet exchanges',
  resource: 'internet resources',
  asn: 'AS numbers',
  ipv4: 'IPv4 ranges',
  tunnel: 'tunnels',
  abuse: 'abuse reports',
  ssh: 'SSH hosts',
  movie: 'movies',
});

const NOUNS = [
  'customer',
  'group',
  'suffix',
  'user',
  'zone',
  'virtualServer',
  'dedicatedServer',
  'exchange',
  'resource',
  'asn',
  'ipv4',
  'tunnel',
  'abuse',
  'ssh',
  'movie',
] as const;

/** Where the API's own message says ordering is switched on, in the current language. */
export function orderingSwitch(): string {
  return messages.get().orderingSwitch;
}

const RESTRICTION_CODES = ['PATH_RESTRICTED', 'METHOD_RESTRICTED', 'ORDERING_NOT_ENABLED'] as const;
export type RestrictionCode = (typeof RESTRICTION_CODES)[number];

export interface LearnedRestriction {
  code: RestrictionCode;
  endpointId: string;
  method: HttpMethod;
  /** The path template as documented, e.g. `/v1/customer/{customerNumber}`. */
  path: string;
  /** The customer the refused path named; null when the path names none (or for ordering). */
  customerNumber: string | null;
  /** When it was learned (ms since epoch). */
  at: number;
}

/** What a control asks about: a catalogue entry's identity, without its schemas. */
export interface EndpointRef {
  id: string;
  method: HttpMethod;
  path: string;
  /** Places an order: needs ordering enabled on the key. */
  order?: boolean;
}

function isRestrictionCode(code: string | null | undefined): code is RestrictionCode {
  return RESTRICTION_CODES.includes(code as RestrictionCode);
}

/** The customer a path names: its `customerNumber`, or the prefix of a user id (`10000001_…`). */
export function customerOfParams(params: Record<string, unknown> | undefined): string | null {
  const number = params?.customerNumber;
  if (typeof number === 'string' && number.trim()) return number.trim();
  const userId = params?.userId;
  const prefix = typeof userId === 'string' ? /^(\d{8})_/.exec(userId.trim()) : null;
  return prefix?.[1] ?? null;
}

/**
 * The restriction a 403 teaches, or null when the answer teaches none. ORDERING_NOT_ENABLED is
 * believed only from an order endpoint: elsewhere it would be a server oddity, not a key setting.
 */
export function restrictionFrom(
  endpoint: EndpointRef,
  params: Record<string, unknown> | undefined,
  code: string | null | undefined,
  at: number,
): LearnedRestriction | null {
  if (!isRestrictionCode(code)) return null;
  if (code === 'ORDERING_NOT_ENABLED' && !endpoint.order) return null;
  return {
    code,
    endpointId: endpoint.id,
    method: endpoint.method,
    path: endpoint.path,
    customerNumber: code === 'ORDERING_NOT_ENABLED' ? null : customerOfParams(params),
    at,
  };
}

/**
 * Whether a learned restriction covers a call: a refused path covers every method on it, a
 * refused method only that method, both only for the customer named (or any, when none was);
 * ordering covers every order endpoint.
 */
export function covers(
  restriction: LearnedRestriction,
  endpoint: EndpointRef,
  params?: Record<string, unknown>,
): boolean {
  if (restriction.code === 'ORDERING_NOT_ENABLED') return Boolean(endpoint.order);
  if (restriction.path !== endpoint.path) return false;
  if (restriction.code === 'METHOD_RESTRICTED' && restriction.method !== endpoint.method) return false;
  if (restriction.customerNumber === null) return true;
  const customer = customerOfParams(params);
  // Asked without params ("may this key delete customers at all?"): only a refusal for every
  // customer answers no.
  return customer === restriction.customerNumber;
}

export function findRestriction(
  learned: readonly LearnedRestriction[],
  endpoint: EndpointRef,
  params?: Record<string, unknown>,
): LearnedRestriction | undefined {
  return learned.find((r) => covers(r, endpoint, params));
}

/** Adds a restriction unless one already covers the same ground; returns the same list if nothing changed. */
export function addRestriction(
  learned: readonly LearnedRestriction[],
  next: LearnedRestriction,
): readonly LearnedRestriction[] {
  const same = learned.some(
    (r) =>
      r.code === next.code &&
      r.path === next.path &&
      r.customerNumber === next.customerNumber &&
      (r.code !== 'METHOD_RESTRICTED' || r.method === next.method),
  );
  return same ? learned : [...learned, next];
}

/** What an endpoint id's first part names, for reasons a user reads. */
function noun(endpointId: string): string {
  const head = endpointId.split('.')[0] ?? endpointId;
  return (NOUNS as readonly string[]).includes(head) ? messages.get()[head as (typeof NOUNS)[number]] : head;
}

/** One sentence for a disabled control: "This key may not delete customers (403 METHOD_RESTRICTED)." */
export function describeRestriction(restriction: LearnedRestriction): string {
  const { code, customerNumber: customer } = restriction;
  const t = messages.get();
  if (code === 'ORDERING_NOT_ENABLED') return t.orderingOff({ switch: t.orderingSwitch });
  const { path } = restriction;
  if (code === 'PATH_RESTRICTED')
    return customer ? t.pathOf({ path, customer, code }) : t.path({ path, code });
  const verb = t[restriction.method];
  const thing = noun(restriction.endpointId);
  if (!customer) return t.method({ verb, thing, code });
  if (restriction.endpointId.startsWith('customer.')) return t.methodCustomer({ verb, customer, code });
  return t.methodOf({ verb, thing, customer, code });
}
