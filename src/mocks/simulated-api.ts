import { RATE_LIMIT_HEADER } from '@/api/api-headers';
import { DEMO_BASE_URL } from '@/api/connection';
import { matchEndpoint, pathHasOtherMethods } from '@/api/match-endpoint';
import { inEnglish } from '@/i18n';
import { authenticate, authorise, findKey, readKey } from './auth';
import { now } from './clock';
import { commit, database } from './db/database';
import {
  DEFAULT_RETRY_AFTER,
  DEFAULT_SLOW_MS,
  type Fault,
  faultStore,
  takeErrorFault,
  takeLostAnswerFault,
  takeOutageFault,
} from './faults';
import {
  ANONYMOUS_BUCKET,
  type BucketState,
  peekBucket,
  RATE_LIMIT,
  rateLimitHeaders,
  takeToken,
} from './rate-limit-bucket';
import { ApiFailure, BinaryBody, errorBody, failureReply, jsonReply, type Reply } from './reply';
import { ROUTES } from './routes';
import { parseJson, parseParams } from './validation';

/** `/demo-api/v1` → `/demo-api`: what is stripped to get the documented `/v1/...` path. */
export const DEMO_PREFIX = DEMO_BASE_URL.replace(/\/v1$/, '');

const BAD_GATEWAY_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const TRUNCATED_JSON = '{"name": "100000';

function withHeaders(reply: Reply, headers: Record<string, string>): Reply {
  return reply.type === 'network-error' ? reply : { ...reply, headers: { ...headers, ...reply.headers } };
}

/** The answer a fault makes; a `slow` one never comes here (its caller waits, then answers). */
function faultReply(fault: Fault, budget: BucketState, at: number): Reply {
  if (fault.kind === 'network') return { type: 'network-error' };
  // The page of a proxy in front of the API: no JSON, no rate-limit headers.
  if (fault.kind === 'html') return { type: 'html', status: 502, body: BAD_GATEWAY_PAGE, headers: {} };
  // A 200 whose JSON stops half-way, as when a proxy or the connection cuts the answer short.
  if (fault.kind === 'malformed') return { type: 'text', status: 200, body: TRUNCATED_JSON, headers: {} };
  const headers = rateLimitHeaders(budget);
  if (fault.retryAfter !== undefined && fault.status === 503)
    headers['Retry-After'] = String(fault.retryAfter);
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter ?? DEFAULT_RETRY_AFTER;
    headers['Retry-After'] = String(retryAfter);
    headers[RATE_LIMIT_HEADER.remaining] = '0';
    headers[RATE_LIMIT_HEADER.reset] = String(Math.ceil(at / 1000) + RATE_LIMIT);
  }
  return jsonReply(errorBody(fault.code, fault.message, fault.field), fault.status, headers);
}

function successReply(result: unknown): Reply {
  if (result instanceof BinaryBody) {
    return {
      type: 'bytes',
      status: 200,
      body: result.bytes,
      headers: {
        'Content-Type': result.contentType,
        'Content-Disposition': `attachment; filename="${result.filename}"`,
      },
    };
  }
  return jsonReply(result);
}

/**
 * One request through the simulated API, in the order a real deployment works:
 * outage (network fault, proxy 502, maintenance) → rate limit (per key; unknown keys share the
 * anonymous bucket) → key → route (404/405) → injected error → permissions (path, method, ordering)
 * → path parameters → JSON body → the endpoint's behaviour on the database.
 */
export async function handleApiRequest(request: Request, prefix = DEMO_PREFIX): Promise<Reply> {
  const url = new URL(request.url);
  const path = url.pathname.slice(prefix.length) || '/';
  const match = matchEndpoint(request.method, path);
  const endpointId = match?.endpoint.id ?? null;
  const presented = readKey(request.headers);
  const bucketId = findKey(presented.key)?.id ?? ANONYMOUS_BUCKET;
  const at = now();

  const outage = takeOutageFault(endpointId);
  if (outage?.kind === 'slow') await delay(outage.delayMs ?? DEFAULT_SLOW_MS);
  else if (outage) return faultReply(outage, peekBucket(bucketId, at), at);
  if (faultStore.get().maintenance) {
    const reply = jsonReply(
      errorBody('maintenance', 'The API is down for maintenance. Try again later.'),
      503,
    );
    const retryAfter = faultStore.get().maintenanceRetryAfter;
    const extra: Record<string, string> = retryAfter === null ? {} : { 'Retry-After': String(retryAfter) };
    return withHeaders(reply, { ...rateLimitHeaders(peekBucket(bucketId, at)), ...extra });
  }

  const budget = takeToken(bucketId, at);
  const headers = rateLimitHeaders(budget);
  if (!budget.allowed) {
    const body = errorBody('rate_limit_exceeded', `Rate limit of ${RATE_LIMIT} requests an hour exceeded.`);
    return jsonReply(body, 429, { ...headers, 'Retry-After': String(budget.retryAfter) });
  }

  try {
    const key = authenticate(presented);
    if (!match) {
      const allowed = [...new Set(pathHasOtherMethods(path))];
      if (allowed.length > 0) {
        throw new ApiFailure(
          405,
          'unsupported_error',
          `${request.method} is not supported here.`,
          undefined,
          {
            Allow: allowed.join(', '),
          },
        );
      }
      throw new ApiFailure(404, 'not_found', `There is no endpoint ${path}.`);
    }
    const fault = takeErrorFault(match.endpoint.id);
    if (fault) return faultReply(fault, budget, at);
    authorise(key, match);
    // The console's rules check the request, but the API answers in English whatever the console speaks.
    const params = inEnglish(() => parseParams(match.endpoint, match.params));
    const body = match.endpoint.body ? parseJson(await request.text()) : {};
    const db = database();
    const result = inEnglish(() =>
      ROUTES[match.endpoint.id as keyof typeof ROUTES]({
        endpoint: match.endpoint,
        params,
        body,
        key,
        db,
        now: at,
      }),
    );
    if (match.endpoint.method !== 'GET') commit();
    const lost = takeLostAnswerFault(match.endpoint.id);
    if (lost?.kind === 'slow') await delay(lost.delayMs ?? DEFAULT_SLOW_MS);
    else if (lost) return faultReply(lost, budget, at);
    return withHeaders(successReply(result), headers);
  } catch (error) {
    if (error instanceof ApiFailure) return withHeaders(failureReply(error), headers);
    // A bug in the simulation: answer like a real backend would, and say so loudly.
    console.error('Simulated API failed on', request.method, path, error);
    return jsonReply(errorBody('server_error', 'The simulated API failed on this request.'), 500, headers);
  }
}
