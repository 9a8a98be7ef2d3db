import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { endpoint } from '../catalogue';
import { callEndpoint } from '../client';
import type { EndpointBody, EndpointResult } from '../endpoint';
import { goneCountsAsDeleted } from './already-gone';
import { queryCall } from './query-call';
import { carriesValues, readFresh } from './reconcile';

const e = {
  exchanges: endpoint('exchange.list'),
  asns: endpoint('asn.list'),
  pricing: endpoint('asn.pricing'),
  asnCreate: endpoint('asn.create'),
  asnUpdate: endpoint('asn.update'),
  asnDelete: endpoint('asn.delete'),
  ipv4: endpoint('ipv4.available'),
  resourceCreate: endpoint('resource.create'),
  resourceUpdate: endpoint('resource.update'),
  tunnel: endpoint('tunnel.createLayer2'),
  abuse: endpoint('abuse.list'),
  abuseReport: endpoint('abuse.report'),
};

export const internetKeys = {
  all: ['internet'] as const,
  exchanges: () => [...internetKeys.all, 'exchanges'] as const,
  asns: () => [...internetKeys.all, 'asns'] as const,
  pricing: () => [...internetKeys.all, 'pricing'] as const,
  ipv4: () => [...internetKeys.all, 'ipv4'] as const,
  abuse: (resource: string) => [...internetKeys.all, 'abuse', resource] as const,
};

export const internetQueries = {
  exchanges: () =>
    queryOptions({
      queryKey: internetKeys.exchanges(),
      queryFn: queryCall(e.exchanges),
      // Exchanges and prices rarely change: keep them for the session's rate budget.
      staleTime: 10 * 60_000,
    }),
  asns: () =>
    queryOptions({
      queryKey: internetKeys.asns(),
      queryFn: queryCall(e.asns),
    }),
  pricing: () =>
    queryOptions({
      queryKey: internetKeys.pricing(),
      queryFn: queryCall(e.pricing),
      staleTime: 10 * 60_000,
    }),
  ipv4: () =>
    queryOptions({
      queryKey: internetKeys.ipv4(),
      queryFn: queryCall(e.ipv4),
    }),
  abuse: (resource: string) =>
    queryOptions({
      queryKey: internetKeys.abuse(resource),
      queryFn: queryCall(e.abuse, { params: { resource } }),
    }),
};

export const internetMutations = {
  createAsn: () =>
    mutationOptions({
      mutationKey: [...internetKeys.asns(), 'create'],
      mutationFn: (body: EndpointBody<typeof e.asnCreate>) => callEndpoint(e.asnCreate, { body }),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: internetKeys.asns() }),
    }),
  updateAsn: (id: string) =>
    mutationOptions({
      mutationKey: [...internetKeys.asns(), id, 'update'],
      mutationFn: (body: EndpointBody<typeof e.asnUpdate>) =>
        callEndpoint(e.asnUpdate, { params: { id }, body }),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: internetKeys.asns() }),
    }),
  deleteAsn: (id: string) =>
    mutationOptions({
      mutationKey: [...internetKeys.asns(), id, 'delete'],
      mutationFn: goneCountsAsDeleted(() => callEndpoint(e.asnDelete, { params: { id } })),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: internetKeys.asns() }),
    }),
  createResource: () =>
    mutationOptions({
      mutationKey: [...internetKeys.all, 'resource', 'create'],
      mutationFn: (body: EndpointBody<typeof e.resourceCreate>) => callEndpoint(e.resourceCreate, { body }),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: internetKeys.all }),
    }),
  updateResource: (id: string) =>
    mutationOptions({
      mutationKey: [...internetKeys.all, 'resource', id, 'update'],
      mutationFn: (body: EndpointBody<typeof e.resourceUpdate>) =>
        callEndpoint(e.resourceUpdate, { params: { id }, body }),
      onSuccess: (_d, _v, _r, { client }) => client.invalidateQueries({ queryKey: internetKeys.all }),
    }),
  createLayer2Tunnel: () =>
    mutationOptions({
      mutationKey: [...internetKeys.all, 'tunnel', 'create'],
      mutationFn: (body: EndpointBody<typeof e.tunnel>) => callEndpoint(e.tunnel, { body }),
    }),
  /** A PDF download is a one-off action, not cached data. */
  downloadAbuseReport: () =>
    mutationOptions({
      mutationKey: [...internetKeys.all, 'abuse', 'report'],
      mutationFn: (resource: string) => callEndpoint(e.abuseReport, { params: { resource } }),
    }),
};

/** After an order whose answer was lost (see the form kit's `reconcile`): re-read, fresh. */
export const internetReconcile = {
  /**
   * POST: the AS numbers; one with the sent as-name, ORG-ID and country that was not listed
   * before (when no list was read before, any such entry: ordering the same AS twice is what this
   * guards against). An order may show only once registered, so not finding it is no proof (the
   * kit says so for every order).
   */
  createAsn: async (
    body: EndpointBody<typeof e.asnCreate>,
    client: QueryClient,
  ): Promise<EndpointResult<typeof e.asnCreate> | null> => {
    const idOf = (as: EndpointResult<typeof e.asns>[number]) => String(as.id ?? as.asn);
    const before = new Set(
      client.getQueryData<EndpointResult<typeof e.asns>>(internetKeys.asns())?.map(idOf),
    );
    const asns = await readFresh(client, internetQueries.asns());
    const sent = { name: body.name, org: body.org, country: body.country };
    // The answer is documented as `{}`: the found order stands for it.
    return asns.some((as) => !before.has(idOf(as)) && carriesValues(as, sent)) ? {} : null;
  },
};
