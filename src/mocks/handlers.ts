import { delay, HttpResponse, http, type JsonBodyType, type RequestHandler } from 'msw';
import { latencyMs } from './latency';
import type { Reply } from './reply';
import { DEMO_PREFIX, handleApiRequest } from './simulated-api';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Everything under `<this origin><prefix>/v1` (`/demo-api/v1` in the browser), with or without a trailing path. A RegExp rather than
 * a path pattern: msw would decode the wildcard with decodeURIComponent and throw on a malformed
 * `%`; the path is decoded per segment by matchEndpoint instead. Without a `location` (plain node)
 * any origin matches.
 */
function apiUrlPattern(prefix: string): RegExp {
  const origin = globalThis.location?.origin;
  const originPattern = origin && origin !== 'null' ? escapeRegExp(origin) : 'https?://[^/]+';
  return new RegExp(`^${originPattern}${escapeRegExp(prefix)}/v1(?:/.*)?$`);
}

function toResponse(reply: Reply): Response {
  switch (reply.type) {
    case 'network-error':
      return HttpResponse.error();
    case 'json':
      return HttpResponse.json(reply.body as JsonBodyType, { status: reply.status, headers: reply.headers });
    case 'html':
      return HttpResponse.html(reply.body, { status: reply.status, headers: reply.headers });
    case 'bytes':
      return new HttpResponse(reply.body, { status: reply.status, headers: reply.headers });
  }
}

/** The simulated API under `prefix` (the sandbox server serves it at the root: `/v1/...`). */
export function apiHandler(prefix = DEMO_PREFIX): RequestHandler {
  return http.all(apiUrlPattern(prefix), async ({ request }) => {
    const ms = latencyMs();
    if (ms > 0) await delay(ms);
    return toResponse(await handleApiRequest(request, prefix));
  });
}

export const handlers: RequestHandler[] = [apiHandler()];
