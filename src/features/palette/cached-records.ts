import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { serverName } from '@/api/domain';
import { customerKeys } from '@/api/queries/customers';
import { directoryKeys } from '@/api/queries/directory';
import { dnsKeys } from '@/api/queries/dns';
import { internetKeys } from '@/api/queries/internet';
import { serverKeys } from '@/api/queries/servers';

/**
 * The records the palette can jump to: only what the query cache already holds (a list or a
 * detail page read before). The palette never asks the API for anything.
 */
export type CachedRecord =
  | { kind: 'customer'; customerNumber: string; name?: string }
  | { kind: 'user'; customerNumber: string; userId: string; name?: string; upn?: string }
  | { kind: 'group'; customerNumber: string; groupName: string }
  | { kind: 'zone'; productId: string; zone: string }
  | { kind: 'server'; pid: string; name?: string }
  | { kind: 'asn'; label: string; name?: string }
  | { kind: 'exchange'; name: string; asn?: string };

type Row = Record<string, unknown>;

const sameKey = (a: QueryKey, b: QueryKey) => a.length === b.length && a.every((part, i) => part === b[i]);
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const rows = (data: unknown): Row[] =>
  Array.isArray(data) ? data.filter((r): r is Row => typeof r === 'object' && r !== null) : [];
const row = (data: unknown): Row | null =>
  typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Row) : null;

/** Each query under `all` whose data has arrived, with its key. */
function cached(client: QueryClient, all: QueryKey): [QueryKey, unknown][] {
  return client.getQueriesData({ queryKey: all }).filter(([, data]) => data !== undefined);
}

function userName(user: Row): string | undefined {
  const parts = [text(user.lastname), text(user.firstname)].filter(Boolean);
  return text(user.name) ?? (parts.length ? parts.join(', ') : undefined) ?? text(user.username);
}

/**
 * Reads customers, users, groups, zones, servers, AS numbers and exchanges out of the cache with
 * the areas' key factories. `onlyCustomer` (a customer's key) keeps that customer's records and
 * nothing of the operator areas.
 */
export function cachedRecords(client: QueryClient, onlyCustomer: string | null): CachedRecord[] {
  const customers = new Map<string, CachedRecord & { kind: 'customer' }>();
  const addCustomer = (data: Row) => {
    const customerNumber = text(data.name);
    if (!customerNumber) return;
    const name = text(data.description) ?? customers.get(customerNumber)?.name;
    customers.set(customerNumber, { kind: 'customer', customerNumber, name });
  };
  for (const [key, data] of cached(client, customerKeys.all)) {
    if (sameKey(key, customerKeys.list())) rows(data).forEach(addCustomer);
    else if (sameKey(key, customerKeys.detail(String(key[2])))) {
      const detail = row(data);
      if (detail) addCustomer(detail);
    }
  }

  const users = new Map<string, CachedRecord & { kind: 'user' }>();
  const groups = new Map<string, CachedRecord & { kind: 'group' }>();
  const addUser = (customerNumber: string, data: Row, fallbackId?: string) => {
    const userId = text(data.id) ?? fallbackId;
    if (!userId) return;
    const known = users.get(userId);
    users.set(userId, {
      kind: 'user',
      customerNumber,
      userId,
      name: userName(data) ?? known?.name,
      upn: text(data.upn) ?? known?.upn,
    });
  };
  const addGroup = (customerNumber: string, groupName: string | undefined) => {
    if (groupName) groups.set(`${customerNumber}/${groupName}`, { kind: 'group', customerNumber, groupName });
  };
  for (const [key, data] of cached(client, directoryKeys.all)) {
    const customerNumber = String(key[1]);
    const id = String(key[3]);
    if (sameKey(key, directoryKeys.users(customerNumber)))
      for (const user of rows(data)) addUser(customerNumber, user);
    else if (sameKey(key, directoryKeys.user(customerNumber, id)))
      addUser(customerNumber, row(data) ?? {}, id);
    else if (sameKey(key, directoryKeys.groups(customerNumber)))
      for (const group of rows(data)) addGroup(customerNumber, text(group.name));
    else if (sameKey(key, directoryKeys.group(customerNumber, id))) addGroup(customerNumber, id);
  }

  const zones = new Map<string, CachedRecord & { kind: 'zone' }>();
  const servers = new Map<string, CachedRecord & { kind: 'server' }>();
  if (!onlyCustomer) {
    for (const [key, data] of cached(client, dnsKeys.all)) {
      const productId = String(key[1]);
      const zone = String(key[3]);
      if (sameKey(key, dnsKeys.zones(productId)))
        for (const z of rows(data)) {
          const name = text(z.id);
          if (name) zones.set(`${productId}/${name}`, { kind: 'zone', productId, zone: name });
        }
      else if (sameKey(key, dnsKeys.zone(productId, zone)))
        zones.set(`${productId}/${zone}`, { kind: 'zone', productId, zone });
    }
    for (const [key, data] of cached(client, serverKeys.all)) {
      const pid = String(key[2]);
      if (sameKey(key, serverKeys.virtual()))
        for (const server of rows(data)) {
          const id = server.id == null ? undefined : String(server.id);
          if (id)
            servers.set(id, { kind: 'server', pid: id, name: serverName(server) ?? servers.get(id)?.name });
        }
      else if (sameKey(key, serverKeys.virtualServer(pid))) {
        const name = serverName(row(data) ?? {}) ?? servers.get(pid)?.name;
        servers.set(pid, { kind: 'server', pid, name });
      }
    }
  }

  const internet: CachedRecord[] = [];
  if (!onlyCustomer) {
    // As the AS numbers list labels them: AS64500, or #id while the registry has not assigned one.
    for (const as of rows(client.getQueryData(internetKeys.asns()))) {
      const label = as.asn != null ? `AS${as.asn}` : as.id != null ? `#${as.id}` : undefined;
      if (label) internet.push({ kind: 'asn', label, name: text(as.name) });
    }
    for (const exchange of rows(client.getQueryData(internetKeys.exchanges()))) {
      const name = text(exchange.name);
      if (name)
        internet.push({
          kind: 'exchange',
          name,
          asn: exchange.asn != null ? `AS${exchange.asn}` : undefined,
        });
    }
  }

  const all: CachedRecord[] = [
    ...customers.values(),
    ...users.values(),
    ...groups.values(),
    ...zones.values(),
    ...servers.values(),
    ...internet,
  ];
  return onlyCustomer ? all.filter((r) => 'customerNumber' in r && r.customerNumber === onlyCustomer) : all;
}
