import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { endpoint } from '../catalogue';
import { callEndpoint } from '../client';

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
      queryFn: ({ signal }) => callEndpoint(e.list, {}, { signal }),
    }),
  virtualServer: (pid: string) =>
    queryOptions({
      queryKey: serverKeys.virtualServer(pid),
      queryFn: ({ signal }) => callEndpoint(e.get, { params: { pid } }, { signal }),
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
