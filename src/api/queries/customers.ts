import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { endpoint } from '../catalogue';
import { callEndpoint } from '../client';
import type { EndpointBody, EndpointResult } from '../endpoint';
import { goneCountsAsDeleted } from './already-gone';
import { forgetDeleted } from './forget-deleted';
import { queryCall } from './query-call';
import { carriesValues, readFresh } from './reconcile';

const list = endpoint('customer.list');
const get = endpoint('customer.get');
const create = endpoint('customer.create');
const update = endpoint('customer.update');
const remove = endpoint('customer.delete');

export type CustomerBody = EndpointBody<typeof create>;
type CustomerList = EndpointResult<typeof list>;
type Customer = EndpointResult<typeof get>;

/** Keys from generic to specific: invalidating `all` refreshes every customer query. */
export const customerKeys = {
  all: ['customers'] as const,
  list: () => [...customerKeys.all, 'list'] as const,
  detail: (customerNumber: string) => [...customerKeys.all, 'detail', customerNumber] as const,
};

export const customerQueries = {
  list: () =>
    queryOptions({
      queryKey: customerKeys.list(),
      queryFn: queryCall(list),
    }),
  detail: (customerNumber: string) =>
    queryOptions({
      queryKey: customerKeys.detail(customerNumber),
      queryFn: queryCall(get, { params: { customerNumber } }),
    }),
};

export const customerMutations = {
  create: () =>
    mutationOptions({
      mutationKey: [...customerKeys.all, 'create'],
      mutationFn: (body: CustomerBody) => callEndpoint(create, { body }),
      onSuccess: async (created, _body, _result, { client }) => {
        client.setQueryData(customerKeys.detail(created.name), created);
        // A cached list shows the new customer at once; the refetch confirms it.
        client.setQueryData<CustomerList>(customerKeys.list(), (customers) =>
          customers && !customers.some((c) => c.name === created.name)
            ? [...customers, { name: created.name, description: created.description, guid: created.guid }]
            : customers,
        );
        await client.invalidateQueries({ queryKey: customerKeys.list() });
      },
    }),
  update: (customerNumber: string) =>
    mutationOptions({
      mutationKey: [...customerKeys.detail(customerNumber), 'update'],
      mutationFn: (body: CustomerBody) => callEndpoint(update, { params: { customerNumber }, body }),
      onSuccess: async (updated, _body, _result, { client }) => {
        // The PUT answers with the customer: the detail page shows it without waiting for a refetch.
        if (updated && typeof updated === 'object' && updated.name === customerNumber) {
          client.setQueryData(customerKeys.detail(customerNumber), updated);
        }
        await client.invalidateQueries({ queryKey: customerKeys.all });
      },
    }),
  remove: (customerNumber: string) =>
    mutationOptions({
      mutationKey: [...customerKeys.detail(customerNumber), 'delete'],
      mutationFn: goneCountsAsDeleted(() => callEndpoint(remove, { params: { customerNumber } })),
      onSuccess: async (_result, _vars, _ctx, { client }) => {
        // A cached list drops the row at once, so returning to it never shows the deleted customer.
        client.setQueryData<CustomerList>(customerKeys.list(), (customers) =>
          customers?.filter((c) => c.name !== customerNumber),
        );
        await forgetDeleted(client, customerKeys.detail(customerNumber), customerKeys.list());
      },
    }),
};

/** How many same-named new customers are read in full before giving up: each is one request. */
const MAX_CANDIDATES = 3;

/**
 * After a write whose answer was lost (see the form kit's `reconcile`): re-read what it would have
 * created or changed, fresh from the API, and return it when it carries the sent values.
 */
export const customerReconcile = {
  /**
   * POST: a customer with the sent description that was not in the list before, read in full
   * and compared field by field; the newest (highest number) first.
   */
  create: async (body: CustomerBody, client: QueryClient) => {
    const before = new Set(client.getQueryData<CustomerList>(customerKeys.list())?.map((c) => c.name));
    const customers = await readFresh(client, customerQueries.list());
    const candidates = customers
      .filter((c) => !before.has(c.name) && carriesValues(c, { description: body.description }))
      .sort((a, b) => b.name.localeCompare(a.name))
      .slice(0, MAX_CANDIDATES);
    for (const candidate of candidates) {
      const customer = await readFresh(client, customerQueries.detail(candidate.name));
      if (carriesValues(customer, body)) return customer;
    }
    return null;
  },
  /** PUT: the customer as it is now, when it has every sent value. */
  update:
    (customerNumber: string) =>
    async (body: CustomerBody, client: QueryClient): Promise<Customer | null> => {
      const customer = await readFresh(client, customerQueries.detail(customerNumber));
      return carriesValues(customer, body) ? customer : null;
    },
};
