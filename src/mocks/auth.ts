import { KEY_HEADER } from '@/api/api-headers';
import type { EndpointMatch } from '@/api/match-endpoint';
import { DEMO_KEYS, type DemoKey } from './demo-keys';
import { ApiFailure, fail } from './reply';

/** Which edition's header carried the key: it decides the dialect of a 401 for an unknown key. */
export type KeyDialect = 'current' | 'older';

export interface PresentedKey {
  key: string | null;
  dialect: KeyDialect;
}

/**
 * Reads the key from `Authorization: Bearer <key>`, bare `Authorization: <key>` (current docs) or
 * `4b42-KEY: <key>` (older docs). When both are sent, Authorization wins: it is the current way.
 */
export function readKey(headers: Headers): PresentedKey {
  const authorization = headers.get(KEY_HEADER.current)?.trim();
  if (authorization) {
    const key = authorization.replace(/^Bearer(?:\s+|$)/i, '').trim();
    return { key: key || null, dialect: 'current' };
  }
  const legacy = headers.get(KEY_HEADER.legacy)?.trim();
  return { key: legacy || null, dialect: legacy ? 'older' : 'current' };
}

export function findKey(key: string | null): DemoKey | undefined {
  return key ? DEMO_KEYS.find((k) => k.key === key) : undefined;
}

export function authenticate(presented: PresentedKey): DemoKey {
  if (!presented.key) {
    throw new ApiFailure(401, 'INVALID_AUTH', undefined, undefined, {
      'WWW-Authenticate': 'Bearer realm="4b42"',
    });
  }
  const key = findKey(presented.key);
  if (key) return key;
  if (presented.dialect === 'older') fail(401, 'INVALID_APIKEY');
  throw new ApiFailure(401, 'unauthorized', 'The API key is invalid or inactive.', undefined, {
    'WWW-Authenticate': 'Bearer realm="4b42", error="invalid_token"',
  });
}

const OWN_BY_CUSTOMER_NUMBER: ReadonlySet<string> = new Set([
  'customer.get',
  'customer.update',
  'customer.delete',
  'group.list',
  'group.get',
  'group.create',
  'group.update',
  'group.delete',
  'suffix.list',
  'suffix.create',
  'suffix.delete',
  'user.list',
  'user.create',
]);
const OWN_BY_USER_ID: ReadonlySet<string> = new Set(['user.get', 'user.update', 'user.delete']);

/** Whether a customer-scoped key may use this path at all (before looking at the method). */
function ownPath(own: string, match: EndpointMatch): boolean {
  const { endpoint, params } = match;
  if (endpoint.id === 'customer.list' || endpoint.id === 'customer.create') return true;
  if (OWN_BY_CUSTOMER_NUMBER.has(endpoint.id)) return params.customerNumber?.trim() === own;
  if (OWN_BY_USER_ID.has(endpoint.id)) return params.userId?.trim().startsWith(`${own}_`) ?? false;
  return false;
}

/**
 * Keys carry path and method permissions (changelog 2018-03-03) and an ordering switch
 * (2018-03-09). Checked in that order: path, method, ordering.
 */
export function authorise(key: DemoKey, match: EndpointMatch): void {
  const { endpoint } = match;
  if (key.customerNumber) {
    if (!ownPath(key.customerNumber, match)) fail(403, 'PATH_RESTRICTED');
    // The list path is shared with "create customer", and a self-service token cannot close its
    // own account: both are method restrictions on a path the key may otherwise use.
    if (endpoint.id === 'customer.create' || endpoint.id === 'customer.delete')
      fail(403, 'METHOD_RESTRICTED');
  }
  if (key.readOnly && endpoint.method !== 'GET') fail(403, 'METHOD_RESTRICTED');
  if (!key.ordering && endpoint.order) fail(403, 'ORDERING_NOT_ENABLED');
}
