import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { customerKeys } from './customers';
import { customerOfUser, directoryKeys } from './directory';
import { dnsKeys } from './dns';
import { internetKeys } from './internet';

type Params = Record<string, unknown>;
type Read = (client: QueryClient, params: Params) => unknown;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The record's detail query, else its row in a cached list (a delete from a list page). */
function detailOrRow(
  detail: (p: Params) => QueryKey,
  list: (p: Params) => QueryKey,
  matches: (row: Record<string, unknown>, p: Params) => boolean,
): Read {
  return (client, p) => {
    const found = client.getQueryData(detail(p));
    if (found !== undefined) return found;
    const rows = client.getQueryData(list(p));
    return Array.isArray(rows)
      ? rows.find((row) => row && typeof row === 'object' && matches(row, p))
      : undefined;
  };
}

function rowOf(
  list: (p: Params) => QueryKey,
  matches: (row: Record<string, unknown>, p: Params) => boolean,
): Read {
  return (client, p) => {
    const rows = client.getQueryData(list(p));
    return Array.isArray(rows)
      ? rows.find((row) => row && typeof row === 'object' && matches(row, p))
      : undefined;
  };
}

const customer = detailOrRow(
  (p) => customerKeys.detail(text(p.customerNumber)),
  () => customerKeys.list(),
  (row, p) => row.name === p.customerNumber,
);
const user = detailOrRow(
  (p) => directoryKeys.user(customerOfUser(text(p.userId)), text(p.userId)),
  (p) => directoryKeys.users(customerOfUser(text(p.userId))),
  (row, p) => row.id === p.userId,
);
const group = detailOrRow(
  (p) => directoryKeys.group(text(p.customerNumber), text(p.groupName)),
  (p) => directoryKeys.groups(text(p.customerNumber)),
  (row, p) => row.name === p.groupName,
);
const zone = detailOrRow(
  (p) => dnsKeys.zone(text(p.productid), text(p.zone)),
  (p) => dnsKeys.zones(text(p.productid)),
  (row, p) => row.id === p.zone,
);
const suffix = rowOf(
  (p) => directoryKeys.suffixes(text(p.customerNumber)),
  (row, p) => row.suffix === p.suffix,
);
const asn = rowOf(
  () => internetKeys.asns(),
  (row, p) => text(row.id) === text(p.id),
);

/**
 * Where a write's record sits in the query cache before the write: what the audit shows as the old
 * values. Writes that create something, or whose record the console never reads, have none.
 */
const PREVIOUS_RECORD: Readonly<Record<string, Read>> = {
  'customer.update': customer,
  'customer.delete': customer,
  'user.update': user,
  'user.delete': user,
  'group.update': group,
  'group.delete': group,
  'suffix.delete': suffix,
  'zone.update': zone,
  'zone.delete': zone,
  'asn.update': asn,
  'asn.delete': asn,
};

/** The record a write to `endpointId` with `params` changes, as the cache holds it now; undefined when unknown. */
export function previousRecord(client: QueryClient, endpointId: string, params: Params): unknown {
  return PREVIOUS_RECORD[endpointId]?.(client, params);
}
