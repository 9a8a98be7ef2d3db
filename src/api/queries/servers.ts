import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { endpoint } from '../catalogue';
import { callEndpoint } from '../client';
import { queryCall } from './query-call';

const e = {
  list: endpoint('virtualServer.list'),
  get: endpoint('virtualServer.get'),
  ticket: endpoint('virtualServer.ticket'),
  ipmi: endpoint('dedicatedServer.configureIpmi'),
};

export const serverKeys = {
  all: ['servers'] as const,
  virtual: () => [...serverKeys.all, 'virtual'] as const,
  virtualServer: (pid: string) => [...serverKeys.virtual(), pid] as const,
  dedicated: (id: string) => [...serverKeys.all, 'dedicated', id] as const,
};

export const serverQueries = {
  virtual: () =>
    queryOptions({
      queryKey: serverKeys.virtual(),
      queryFn: queryCall(e.list),
    }),
  virtualServer: (pid: string) =>
    queryOptions({
      queryKey: serverKeys.virtualServer(pid),
      queryFn: queryCall(e.get, { params: { pid } }),
    }),
};

export const serverMutations = {
  /** A console ticket is single-use: fetched on demand, never cached. */
  consoleTicket: (pid: string) =>
    mutationOptions({
      mutationKey: [...serverKeys.virtualServer(pid), 'ticket'],
      mutationFn: () => callEndpoint(e.ticket, { params: { pid } }),
    }),
  configureIpmi: (id: string) =>
    mutationOptions({
      mutationKey: [...serverKeys.dedicated(id), 'ipmi'],
      mutationFn: () => callEndpoint(e.ipmi, { params: { id } }),
    }),
};
