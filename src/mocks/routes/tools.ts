import { isIPv4, isIPv6 } from '@/api/domain/ip';
import { fail } from '../reply';
import { demoPosterUrl, findMovie } from '../seed/movies';
import { SSH_HOSTS } from '../seed/reference-data';
import { param, type Route } from './context';

export const toolRoutes = {
  /**
   * Known hosts answer as seeded. An unknown IP address is reachable for the tool but nothing
   * answers SSH: 200 with `connection: false` (the field exists for that). An unknown name does
   * not resolve, so there is nothing to connect to: 404 CONNCECTION_FAILED (the docs' spelling).
   */
  'ssh.check': (ctx) => {
    const host = param(ctx, 'host');
    const known = SSH_HOSTS[host];
    if (known) {
      // A host key changed in the demo panel (keyed by address) applies to the name too.
      const fingerprint = ctx.db.sshHostKeys?.[known.ip] ?? known.fingerprint;
      return {
        as: known.as,
        country: known.country,
        isp: known.isp,
        ip: known.ip,
        connection: fingerprint !== null,
        fingerprint,
      };
    }
    if (isIPv4(host) || isIPv6(host)) {
      return { as: null, country: null, isp: null, ip: host, connection: false, fingerprint: null };
    }
    fail(404, 'CONNCECTION_FAILED', `${host} does not resolve.`, 'host');
  },

  'movie.get': (ctx) => {
    const movie = findMovie(param(ctx, 'name'));
    if (!movie) fail(404, 'not_found', `No movie called ${param(ctx, 'name')}.`, 'name');
    return movie;
  },

  // Documented: the URL as a bare JSON string.
  'movie.poster': (ctx) => {
    const movie = findMovie(param(ctx, 'name'));
    if (!movie) fail(404, 'not_found', `No movie called ${param(ctx, 'name')}.`, 'name');
    return demoPosterUrl(movie);
  },
} satisfies Record<string, Route>;
