import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '../catalogue';
import { callEndpoint } from '../client';

const e = { ssh: endpoint('ssh.check'), movie: endpoint('movie.get'), poster: endpoint('movie.poster') };

export const toolKeys = {
  all: ['tools'] as const,
  ssh: (host: string) => [...toolKeys.all, 'ssh', host] as const,
  movie: (name: string) => [...toolKeys.all, 'movie', name] as const,
  poster: (name: string) => [...toolKeys.all, 'movie', name, 'poster'] as const,
};

export const toolQueries = {
  /** A live probe: never served from cache. */
  ssh: (host: string) =>
    queryOptions({
      queryKey: toolKeys.ssh(host),
      queryFn: ({ signal }) => callEndpoint(e.ssh, { params: { host } }, { signal }),
      staleTime: 0,
      gcTime: 0,
    }),
  movie: (name: string) =>
    queryOptions({
      queryKey: toolKeys.movie(name),
      queryFn: ({ signal }) => callEndpoint(e.movie, { params: { name } }, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  poster: (name: string) =>
    queryOptions({
      queryKey: toolKeys.poster(name),
      queryFn: ({ signal }) => callEndpoint(e.poster, { params: { name } }, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
