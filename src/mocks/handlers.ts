import { delay, HttpResponse, http, type JsonBodyType, type RequestHandler } from 'msw';
import { latencyMs } from './latency';
import type { Reply } from './reply';
import { DEMO_PREFIX, handleApiRequest } from './simulated-api';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Everything under `<origin><prefix>/v1` (`/demo-api/v1` in the browser), with or without a
 * trailing path. A RegExp rather than a path pattern: msw would decode the wildcard with
 * decodeURIComponent and throw on a malformed `%`; the path is decoded per segment by
 * matchEndpoint instead. Without an origin (plain node, the sandbox) any origin matches.
 */
function apiUrlPattern(prefix: string, origin: string | null | undefined): RegExp {
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
    case 'text':
      // Labelled JSON although it is not: what a truncated answer looks like to the client.
      return new HttpResponse(reply.body, {
        status: reply.status,
        headers: { 'Content-Type': 'application/json', ...reply.headers },
      });
    case 'bytes':
      return new HttpResponse(reply.body, { status: reply.status, headers: reply.headers });
  }
}

/**
 * The simulated API under `prefix` on `origin` (this page's by default; null: any origin). The
 * sandbox server serves it at the root of any origin: `apiHandler('', null)`.
 */
export function apiHandler(
  prefix = DEMO_PREFIX,
  origin: string | null | undefined = globalThis.location?.origin,
): RequestHandler {
  return http.all(apiUrlPattern(prefix, origin), async ({ request }) => {
    const ms = latencyMs();
    if (ms > 0) await delay(ms);
    return toResponse(await handleApiRequest(request, prefix));
  });
}

export const handlers: RequestHandler[] = [apiHandler()];
