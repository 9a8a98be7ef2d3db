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
  groupList: endpoint('group.list'),
  groupGet: endpoint('group.get'),
  groupCreate: endpoint('group.create'),
  groupUpdate: endpoint('group.update'),
  groupDelete: endpoint('group.delete'),
  suffixList: endpoint('suffix.list'),
  suffixCreate: endpoint('suffix.create'),
  suffixDelete: endpoint('suffix.delete'),
  userList: endpoint('user.list'),
  userGet: endpoint('user.get'),
  userCreate: endpoint('user.create'),
  userUpdate: endpoint('user.update'),
  userDelete: endpoint('user.delete'),
};

export type UserCreateBody = EndpointBody<typeof e.userCreate>;
export type UserUpdateBody = EndpointBody<typeof e.userUpdate>;
export type UserUpdateResult = EndpointResult<typeof e.userUpdate>;
export type GroupUpdateBody = EndpointBody<typeof e.groupUpdate>;

/** Everything of one customer's directory hangs below its customer number. */
export const directoryKeys = {
  all: ['directory'] as const,
  customer: (customerNumber: string) => [...directoryKeys.all, customerNumber] as const,
  users: (customerNumber: string) => [...directoryKeys.customer(customerNumber), 'users'] as const,
  user: (customerNumber: string, userId: string) => [...directoryKeys.users(customerNumber), userId] as const,
  groups: (customerNumber: string) => [...directoryKeys.customer(customerNumber), 'groups'] as const,
  group: (customerNumber: string, groupName: string) =>
    [...directoryKeys.groups(customerNumber), groupName] as const,
  suffixes: (customerNumber: string) => [...directoryKeys.customer(customerNumber), 'suffixes'] as const,
};

/** A user id starts with its customer's number (`12345678_1234`). */
export function customerOfUser(userId: string): string {
  return userId.split('_')[0] ?? userId;
}

export const directoryQueries = {
  users: (customerNumber: string) =>
    queryOptions({
      queryKey: directoryKeys.users(customerNumber),
      queryFn: queryCall(e.userList, { params: { customerNumber } }),
    }),
  user: (userId: string) =>
    queryOptions({
      queryKey: directoryKeys.user(customerOfUser(userId), userId),
      queryFn: queryCall(e.userGet, { params: { userId } }),
    }),
  groups: (customerNumber: string) =>
    queryOptions({
      queryKey: directoryKeys.groups(customerNumber),
      queryFn: queryCall(e.groupList, { params: { customerNumber } }),
    }),
  group: (customerNumber: string, groupName: string) =>
    queryOptions({
      queryKey: directoryKeys.group(customerNumber, groupName),
      queryFn: queryCall(e.groupGet, { params: { customerNumber, groupName } }),
    }),
  suffixes: (customerNumber: string) =>
    queryOptions({
      queryKey: directoryKeys.suffixes(customerNumber),
      queryFn: queryCall(e.suffixList, { params: { customerNumber } }),
    }),
};

export const directoryMutations = {
  createUser: (customerNumber: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.users(customerNumber), 'create'],
      mutationFn: (body: UserCreateBody) => callEndpoint(e.userCreate, { params: { customerNumber }, body }),
      onSuccess: (_d, _v, _r, { client }) =>
        client.invalidateQueries({ queryKey: directoryKeys.users(customerNumber) }),
    }),
  updateUser: (userId: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.user(customerOfUser(userId), userId), 'update'],
      mutationFn: (body: UserUpdateBody) => callEndpoint(e.userUpdate, { params: { userId }, body }),
      // A renamed user changes its DN, which groups list as members.
      onSuccess: (_d, _v, _r, { client }) =>
        client.invalidateQueries({ queryKey: directoryKeys.customer(customerOfUser(userId)) }),
    }),
  deleteUser: (userId: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.user(customerOfUser(userId), userId), 'delete'],
      mutationFn: goneCountsAsDeleted(() => callEndpoint(e.userDelete, { params: { userId } })),
      onSuccess: async (_d, _v, _r, { client }) => {
        const customerNumber = customerOfUser(userId);
        await forgetDeleted(
          client,
          directoryKeys.user(customerNumber, userId),
          directoryKeys.customer(customerNumber),
        );
      },
    }),
  createGroup: (customerNumber: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.groups(customerNumber), 'create'],
      mutationFn: (body: EndpointBody<typeof e.groupCreate>) =>
        callEndpoint(e.groupCreate, { params: { customerNumber }, body }),
      onSuccess: (_d, _v, _r, { client }) =>
        client.invalidateQueries({ queryKey: directoryKeys.groups(customerNumber) }),
    }),
  updateGroup: (customerNumber: string, groupName: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.group(customerNumber, groupName), 'update'],
      mutationFn: (body: GroupUpdateBody) =>
        callEndpoint(e.groupUpdate, { params: { customerNumber, groupName }, body }),
      onSuccess: (updated, _v, _r, { client }) => {
        client.setQueryData(directoryKeys.group(customerNumber, groupName), updated);
        return client.invalidateQueries({ queryKey: directoryKeys.groups(customerNumber) });
      },
    }),
  deleteGroup: (customerNumber: string, groupName: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.group(customerNumber, groupName), 'delete'],
      mutationFn: goneCountsAsDeleted(() =>
        callEndpoint(e.groupDelete, { params: { customerNumber, groupName } }),
      ),
      onSuccess: async (_d, _v, _r, { client }) => {
        await forgetDeleted(
          client,
          directoryKeys.group(customerNumber, groupName),
          directoryKeys.groups(customerNumber),
        );
      },
    }),
  createSuffix: (customerNumber: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.suffixes(customerNumber), 'create'],
      mutationFn: (body: EndpointBody<typeof e.suffixCreate>) =>
        callEndpoint(e.suffixCreate, { params: { customerNumber }, body }),
      onSuccess: (_d, _v, _r, { client }) =>
        client.invalidateQueries({ queryKey: directoryKeys.suffixes(customerNumber) }),
    }),
  deleteSuffix: (customerNumber: string, suffix: string) =>
    mutationOptions({
      mutationKey: [...directoryKeys.suffixes(customerNumber), suffix, 'delete'],
      mutationFn: goneCountsAsDeleted(() =>
        callEndpoint(e.suffixDelete, { params: { customerNumber, suffix } }),
      ),
      onSuccess: (_d, _v, _r, { client }) =>
        client.invalidateQueries({ queryKey: directoryKeys.suffixes(customerNumber) }),
    }),
};

/** After a directory write whose answer was lost (see the form kit's `reconcile`): re-read, fresh. */
export const directoryReconcile = {
  /**
   * POST: the customer's users; the user with the sent UPN (unique), else a user with the sent
   * names that was not listed before. The found user is a list entry: no generated password
   * comes with it.
   */
  createUser:
    (customerNumber: string) =>
    async (
      body: UserCreateBody,
      client: QueryClient,
    ): Promise<EndpointResult<typeof e.userCreate> | null> => {
      const key = directoryKeys.users(customerNumber);
      const before = new Set(
        client.getQueryData<EndpointResult<typeof e.userList>>(key)?.map((user) => user.id),
      );
      const users = await readFresh(client, directoryQueries.users(customerNumber));
      const names = { lastname: body.lastname, firstname: body.firstname };
      const found = body.upn
        ? users.find((user) => carriesValues(user, { upn: body.upn }))
        : users.find((user) => !before.has(user.id) && carriesValues(user, names));
      return found && carriesValues(found, names) ? { ...found, customernumber: customerNumber } : null;
    },
  /** POST: the customer's groups; the group with the sent name (names are unique: a 409 otherwise). */
  createGroup:
    (customerNumber: string) =>
    async (
      body: EndpointBody<typeof e.groupCreate>,
      client: QueryClient,
    ): Promise<EndpointResult<typeof e.groupCreate> | null> => {
      const groups = await readFresh(client, directoryQueries.groups(customerNumber));
      const found = groups.find((group) => carriesValues(group, { name: body.groupName }));
      return found ? { name: found.name } : null;
    },
  /** POST: the customer's suffixes; the sent domain (sent in its xn-- form) among them. */
  createSuffix:
    (customerNumber: string) =>
    async (
      body: EndpointBody<typeof e.suffixCreate>,
      client: QueryClient,
    ): Promise<EndpointResult<typeof e.suffixCreate> | null> => {
      const suffixes = await readFresh(client, directoryQueries.suffixes(customerNumber));
      return suffixes.find((item) => toAsciiDomain(item.suffix) === body.suffix) ?? null;
    },
  /** PUT: the user as it is now, when it has every sent value. */
  updateUser:
    (userId: string) =>
    async (body: UserUpdateBody, client: QueryClient): Promise<EndpointResult<typeof e.userGet> | null> => {
      const user = await readFresh(client, directoryQueries.user(userId));
      return carriesValues(user, body) ? user : null;
    },
};
