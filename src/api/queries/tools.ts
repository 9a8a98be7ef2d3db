import { queryOptions } from '@tanstack/react-query';
import { endpoint } from '../catalogue';
import { queryCall } from './query-call';

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
      queryFn: queryCall(e.ssh, { params: { host } }),
      staleTime: 0,
      gcTime: 0,
    }),
  movie: (name: string) =>
    queryOptions({
      queryKey: toolKeys.movie(name),
      queryFn: queryCall(e.movie, { params: { name } }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  poster: (name: string) =>
    queryOptions({
      queryKey: toolKeys.poster(name),
      queryFn: queryCall(e.poster, { params: { name } }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
