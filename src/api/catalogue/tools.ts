import { z } from 'zod';
import { defineEndpoint } from '../endpoint';
import { hostParams, movieParams } from './param-schemas';
import { booleanish, numberish, optionalText } from './response-schemas';

export const sshCheck = z.looseObject({
  as: numberish.nullish(),
  country: optionalText,
  isp: optionalText,
  ip: optionalText,
  connection: booleanish,
  fingerprint: optionalText,
});

export const movie = z.looseObject({
  id: numberish.optional(),
  title: z.string(),
  original_title: optionalText,
  overview: optionalText,
  poster_path: optionalText,
  backdrop_path: optionalText,
  release_date: optionalText,
  vote_average: numberish.nullish(),
  vote_count: numberish.nullish(),
});

export const toolEndpoints = [
  defineEndpoint({
    id: 'ssh.check',
    area: 'tools',
    method: 'GET',
    path: '/v1/tools/network/ssh/{host}',
    summary: 'Connect to specified host via ssh and return ip details, connection status and fingerprint',
    edition: 'current',
    params: hostParams,
    response: sshCheck,
  }),
  defineEndpoint({
    id: 'movie.get',
    area: 'tools',
    method: 'GET',
    path: '/v1/tools/media/movie/{name}',
    summary: 'Returns the record of a movie',
    edition: 'current',
    params: movieParams,
    response: movie,
  }),
  defineEndpoint({
    id: 'movie.poster',
    area: 'tools',
    method: 'GET',
    path: '/v1/tools/media/movie/poster/{name}',
    summary: 'Returns the cover image of a movie',
    edition: 'current',
    params: movieParams,
    // A bare JSON string: the image URL.
    response: z.string().regex(/^https?:\/\//, 'An image URL'),
  }),
] as const;
