import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { endpoint } from '../catalogue';
import { callEndpoint } from '../client';
import { toAsciiDomain } from '../domain/domain-name';
import type { EndpointBody, EndpointResult } from '../endpoint';
import { goneCountsAsDeleted } from './already-gone';
import { forgetDeleted } from './forget-deleted';
import { queryCall } from './query-call';
import { carriesValues, readFresh } from './reconcile';

const e = {
  list: endpoint('zone.list'),
  get: endpoint('zone.get'),
  create: endpoint('zone.create'),
  createForProduct: endpoint('zone.createForProduct'),
  update: endpoint('zone.update'),
  remove: endpoint('zone.delete'),
};

export const dnsKeys = {
  all: ['dns'] as const,
  product: (productid: string) => [...dnsKeys.all, productid] as const,
  zones: (productid: string) => [...dnsKeys.product(productid), 'zones'] as const,
  zone: (productid: string, zone: string) => [...dnsKeys.zones(productid), zone] as const,
};

export const dnsQueries = {
  zones: (productid: string) =>
    queryOptions({
      queryKey: dnsKeys.zones(productid),
      queryFn: queryCall(e.list, { params: { productid } }),
    }),
  zone: (productid: string, zone: string) =>
    queryOptions({
      queryKey: dnsKeys.zone(productid, zone),
      queryFn: queryCall(e.get, { params: { productid, zone } }),
    }),
};

export const dnsMutations = {
  /** The current edition creates a zone without naming the product: every product's list may change. */
  create: () =>
    mutationOptions({
      mutationKey: [...dnsKeys.all, 'create'],
      mutationFn: (body: EndpointBody<typeof e.create>) => callEndpoint(e.create, { body }),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: dnsKeys.all }),
    }),
  createForProduct: (productid: string) =>
    mutationOptions({
      mutationKey: [...dnsKeys.zones(productid), 'create'],
      mutationFn: (body: EndpointBody<typeof e.createForProduct>) =>
        callEndpoint(e.createForProduct, { params: { productid }, body }),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: dnsKeys.zones(productid) }),
    }),
  update: (productid: string, zone: string) =>
    mutationOptions({
      mutationKey: [...dnsKeys.zone(productid, zone), 'update'],
      mutationFn: (body: EndpointBody<typeof e.update>) =>
        callEndpoint(e.update, { params: { productid, zone }, body }),
      // The PUT answers with the changed fields only: merged into the zone, they show at once.
      // The API also sets a new serial and `updated`, which the answer lacks: the zone is read
      // again for them (one request; an operator checks the serial). The list shows `updated`
      // too, so it is marked stale without a refetch now.
      onSuccess: (changed, _v, _r, { client }) => {
        client.setQueryData(dnsKeys.zone(productid, zone), (old: EndpointResult<typeof e.get> | undefined) =>
          old ? { ...old, ...stripUndefined(changed) } : old,
        );
        void client.invalidateQueries({
          queryKey: dnsKeys.zones(productid),
          exact: true,
          refetchType: 'none',
        });
        return client.invalidateQueries({ queryKey: dnsKeys.zone(productid, zone), exact: true });
      },
    }),
  remove: (productid: string, zone: string) =>
    mutationOptions({
      mutationKey: [...dnsKeys.zone(productid, zone), 'delete'],
      mutationFn: goneCountsAsDeleted(() => callEndpoint(e.remove, { params: { productid, zone } })),
      onSuccess: async (_d, _v, _r, { client }) => {
        await forgetDeleted(client, dnsKeys.zone(productid, zone), dnsKeys.zones(productid));
      },
    }),
};

/** After a zone write whose answer was lost (see the form kit's `reconcile`): re-read, fresh. */
export const dnsReconcile = {
  /**
   * POST in a product: the zone, when the product lists it and its SOA values are the sent ones.
   * Not for the current edition's POST, where the API chooses the product.
   */
  createForProduct:
    (productid: string) =>
    async (
      sent: EndpointBody<typeof e.createForProduct>,
      client: QueryClient,
    ): Promise<EndpointResult<typeof e.get> | null> => {
      const zones = await readFresh(client, dnsQueries.zones(productid));
      if (!zones.some((zone) => toAsciiDomain(zone.id) === sent.name)) return null;
      const zone = await readFresh(client, dnsQueries.zone(productid, sent.name));
      // The name is compared in the list: a zone's details need not repeat it.
      const { name: _name, ...soa } = sent;
      return carriesValues(zone, soa) ? zone : null;
    },
  /** PUT: the zone as it is now, when it has every sent field's value. */
  update:
    (productid: string, zone: string) =>
    async (
      sent: EndpointBody<typeof e.update>,
      client: QueryClient,
    ): Promise<EndpointResult<typeof e.get> | null> => {
      const current = await readFresh(client, dnsQueries.zone(productid, zone));
      return carriesValues(current, sent) ? current : null;
    },
};

/** The answer's schema fills absent fields with undefined; those must not wipe cached values. */
function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
