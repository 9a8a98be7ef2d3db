import { delay, HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { server } from '@/mocks/node';
import { ApiError } from './api-error';
import { type ApiCallEvent, onApiCall } from './call-events';
import { endpoint } from './catalogue';
import { callEndpoint } from './client';
import { type Connection, connect } from './connection';
import { defineEndpoint } from './endpoint';
import { estimateRateLimit, rateLimitStore } from './rate-limit';

/** A pretend real API on another origin: msw answers, nothing leaves the machine. */
const ORIGIN = 'https://api.example.test';
const remote = (overrides: Partial<Connection> = {}): Connection => ({
  kind: 'remote',
  baseUrl: `${ORIGIN}/v1`,
  apiKey: 'sk-live-secret',
  keyHeader: 'bearer',
  remember: false,
  ...overrides,
});

const list = endpoint('customer.list');
const get = endpoint('customer.get');
const create = endpoint('customer.create');

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

let events: ApiCallEvent[] = [];
let stop: () => void;
beforeEach(() => {
  events = [];
  stop = onApiCall((e) => events.push(e));
  rateLimitStore.set(null);
});
afterEach(() => stop());

describe('key header styles', () => {
  it.each([
    ['bearer', 'authorization', 'Bearer sk-live-secret'],
    ['authorization-bare', 'authorization', 'sk-live-secret'],
    ['4b42-KEY', '4b42-key', 'sk-live-secret'],
  ] as const)('%s sends %s: %s', async (style, header, value) => {
    let seen: string | null = null;
    server.use(
      http.get(`${ORIGIN}/v1/customer`, ({ request }) => {
        seen = request.headers.get(header);
        return HttpResponse.json([]);
      }),
    );
    await callEndpoint(list, {}, { connection: remote({ keyHeader: style }) });
    expect(seen).toBe(value);
  });

  it('takes the stored connection and a base URL with or without /v1', async () => {
    const urls: string[] = [];
    server.use(
      http.get(`${ORIGIN}/v1/customer/:n`, ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ name: '00000005' });
      }),
    );
    connect(remote({ baseUrl: `${ORIGIN}/v1/` }));
    await callEndpoint(get, { params: { customerNumber: '00000005' } });
    connect(remote({ baseUrl: ORIGIN }));
    await callEndpoint(get, { params: { customerNumber: '00000005' } });
    expect(urls).toEqual([`${ORIGIN}/v1/customer/00000005`, `${ORIGIN}/v1/customer/00000005`]);
  });
});

describe('one error type for every failure', () => {
  it('reads the current dialect with its field and documented meaning', async () => {
    server.use(
      http.post(`${ORIGIN}/v1/customer`, () =>
        HttpResponse.json(
          { code: 'require_error', message: 'description missing', field: 'description' },
          { status: 400 },
        ),
      ),
    );
    const error = await failure(
      callEndpoint(create, { body: { description: 'X', country: 'CH' } }, { connection: remote() }),
    );
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'require_error',
      method: 'POST',
      path: '/v1/customer',
    });
    expect(error.fields).toEqual({ description: 'description missing' });
    expect(error.meaning).toBe('One or more of the object fields are required.');
  });

  it('reads the older dialect', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/customer/:n`, () =>
        HttpResponse.json({ error: 'PATH_RESTRICTED', message: 'not yours' }, { status: 403 }),
      ),
    );
    const error = await failure(
      callEndpoint(get, { params: { customerNumber: '00000002' } }, { connection: remote() }),
    );
    expect(error.code).toBe('PATH_RESTRICTED');
    expect(error.meaning).toBe(
      'You do not have permission to use this path using the token that you supplied.',
    );
  });

  it('shows an unknown code with its raw code and status', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/customer`, () =>
        HttpResponse.json({ code: 'teapot', message: 'short and stout' }, { status: 418 }),
      ),
    );
    const error = await failure(callEndpoint(list, {}, { connection: remote() }));
    expect(error.meaning).toBe('Undocumented error code teapot with status 418.');
  });

  it('never renders an HTML error page: it becomes a message', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/customer`, () =>
        HttpResponse.html('<html><h1>Bad gateway</h1></html>', { status: 502 }),
      ),
    );
    const error = await failure(callEndpoint(list, {}, { connection: remote() }));
    expect(error).toMatchObject({ kind: 'http', status: 502, code: null });
    expect(error.message).toBe('The server answered 502 with an HTML page instead of JSON.');
    expect(events[0]?.responseBody).toBe('<html><h1>Bad gateway</h1></html>');
  });

  it('treats a 200 that is not JSON as not-json', async () => {
    server.use(http.get(`${ORIGIN}/v1/customer`, () => HttpResponse.text('OK')));
    const error = await failure(callEndpoint(list, {}, { connection: remote() }));
    expect(error.kind).toBe('not-json');
  });

  it('reports a network failure', async () => {
    server.use(http.get(`${ORIGIN}/v1/customer`, () => HttpResponse.error()));
    const error = await failure(callEndpoint(list, {}, { connection: remote() }));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach api.example.test.');
    expect(events[0]).toMatchObject({ status: null, ok: false, errorKind: 'network' });
  });

  it('times out', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/customer`, async () => {
        await delay(1000);
        return HttpResponse.json([]);
      }),
    );
    const error = await failure(callEndpoint(list, {}, { connection: remote(), timeoutMs: 30 }));
    expect(error.kind).toBe('timeout');
    expect(error.meaning).toMatch(/did not answer in time/);
  });

  it('tells a cancelled call from a timeout', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/customer`, async () => {
        await delay(1000);
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    const pending = failure(callEndpoint(list, {}, { connection: remote(), signal: controller.signal }));
    controller.abort();
    expect((await pending).kind).toBe('aborted');
  });

  it('sends nothing for a call cancelled before it went out', async () => {
    // E.g. the page that asked was left while the call waited for the demo's worker or the audit.
    let sent = 0;
    server.use(
      http.get(`${ORIGIN}/v1/customer`, () => {
        sent += 1;
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const error = await failure(callEndpoint(list, {}, { connection: remote(), signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(sent).toBe(0);
    expect(events).toEqual([]);
  });

  it('rejects a body that does not fit the documented response', async () => {
    server.use(http.get(`${ORIGIN}/v1/customer/:n`, () => HttpResponse.json({ unexpected: true })));
    const error = await failure(
      callEndpoint(get, { params: { customerNumber: '00000005' } }, { connection: remote() }),
    );
    expect(error.kind).toBe('unexpected-body');
    expect(error.message).toMatch(/at name/);
  });

  it('sends nothing when the input fails the schema, and names the fields', async () => {
    const seen = vi.fn();
    server.events.on('request:start', seen);
    const error = await failure(
      callEndpoint(create, { body: { description: '', country: 'XX' } }, { connection: remote() }),
    );
    server.events.removeAllListeners();
    expect(error.kind).toBe('invalid-request');
    expect(Object.keys(error.fields).sort()).toEqual(['country', 'description']);
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('path segments', () => {
  it.each([
    ['group.get', { customerNumber: '12345678', groupName: '..' }, 'groupName'],
    ['group.get', { customerNumber: '12345678', groupName: ' . ' }, 'groupName'],
    ['movie.get', { name: '..' }, 'name'],
    ['zone.list', { productid: '.' }, 'productid'],
  ] as const)('%s refuses %j before sending anything', async (id, params, field) => {
    const seen = vi.fn();
    server.events.on('request:start', seen);
    const error = await failure(
      callEndpoint(endpoint(id as Parameters<typeof endpoint>[0]), { params }, { connection: remote() }),
    );
    server.events.removeAllListeners();
    expect(error.kind).toBe('invalid-request');
    expect(error.fields[field]).toMatch(/“\.” and “\.\.” cannot be used here/);
    expect(seen).not.toHaveBeenCalled();
  });

  it('refuses them even where a parameter schema would let them through', async () => {
    const loose = defineEndpoint({
      id: 'test.loose',
      area: 'tools',
      method: 'GET',
      path: '/v1/test/{anything}',
      summary: 'A parameter with no rules of its own',
      edition: 'current',
      params: z.object({ anything: z.string() }),
      response: z.unknown(),
    });
    const error = await failure(callEndpoint(loose, { params: { anything: '.' } }, { connection: remote() }));
    expect(error.kind).toBe('invalid-request');
    expect(error.fields.anything).toMatch(/cannot be used here/);
  });

  it('sends a name that merely contains dots as one encoded segment', async () => {
    let path = '';
    server.use(
      http.get(`${ORIGIN}/v1/tools/media/movie/:name`, ({ request }) => {
        path = new URL(request.url).pathname;
        return HttpResponse.json({ title: 'x' });
      }),
    );
    await callEndpoint(endpoint('movie.get'), { params: { name: '../x' } }, { connection: remote() });
    expect(path).toBe('/v1/tools/media/movie/..%2Fx');
  });
});

describe('rate-limit headers', () => {
  const withHeaders = (headers: Record<string, string>, status = 200) =>
    server.use(
      http.get(`${ORIGIN}/v1/customer`, () =>
        HttpResponse.json(status === 200 ? [] : { code: 'rate_limit_exceeded', message: 'slow down' }, {
          status,
          headers,
        }),
      ),
    );

  it('reads Reset as a UNIX timestamp', async () => {
    const now = Date.now();
    const reset = Math.floor(now / 1000) + 120;
    withHeaders({
      'RateLimit-Limit': '3600',
      'RateLimit-Remaining': '3480',
      'RateLimit-Reset': String(reset),
    });
    await callEndpoint(list, {}, { connection: remote() });
    const observed = rateLimitStore.get();
    expect(observed).toMatchObject({ limit: 3600, remaining: 3480, resetAt: reset * 1000 });
  });

  it('reads a Reset below 10^9 as seconds from now', async () => {
    withHeaders({ 'RateLimit-Limit': '3600', 'RateLimit-Remaining': '3590', 'RateLimit-Reset': '10' });
    const before = Date.now();
    await callEndpoint(list, {}, { connection: remote() });
    const resetAt = rateLimitStore.get()?.resetAt ?? 0;
    expect(resetAt).toBeGreaterThanOrEqual(before + 10_000);
    expect(resetAt).toBeLessThanOrEqual(Date.now() + 10_000);
  });

  it('estimates the refill of one a second between responses', () => {
    const estimate = estimateRateLimit(
      { limit: 3600, remaining: 100, resetAt: null, observedAt: 0, blockedUntil: null },
      30_000,
    );
    expect(estimate.remaining).toBe(130);
    expect(estimate.low).toBe(true);
    expect(estimate.msUntilFull).toBe(3470_000);
  });

  it('blocks until Retry-After on a 429 and carries it on the error', async () => {
    withHeaders({ 'RateLimit-Limit': '3600', 'RateLimit-Remaining': '0', 'Retry-After': '12' }, 429);
    const error = await failure(callEndpoint(list, {}, { connection: remote() }));
    expect(error.isRateLimited).toBe(true);
    expect(error.meaning).toBe('Error when sending too many requests');
    const blocked = estimateRateLimit(rateLimitStore.get()!, Date.now());
    expect(blocked.blockedMs).toBeGreaterThan(11_000);
    expect(error.retryAt).toBe(rateLimitStore.get()?.blockedUntil);
  });
});

describe('call events', () => {
  it('carry method, path, status, duration and rate-limit headers, with the key and passwords redacted', async () => {
    server.use(
      http.post(`${ORIGIN}/v1/customer/user/:n`, () =>
        HttpResponse.json(
          { lastname: 'Bühl', firstname: 'Kevin' },
          { headers: { 'RateLimit-Remaining': '42' } },
        ),
      ),
    );
    await callEndpoint(
      endpoint('user.create'),
      {
        params: { customerNumber: '12345678' },
        body: { lastname: 'Bühl', firstname: 'Kevin', password: 'hunter2!' },
      },
      { connection: remote({ keyHeader: '4b42-KEY' }) },
    );
    const event = events[0]!;
    expect(event).toMatchObject({
      method: 'POST',
      path: '/v1/customer/user/12345678',
      status: 200,
      ok: true,
    });
    expect(event.durationMs).toBeGreaterThanOrEqual(0);
    expect(event.rateLimit.remaining).toBe('42');
    expect(event.requestHeaders['4b42-KEY']).toBe('•••');
    expect(JSON.stringify(event)).not.toContain('sk-live-secret');
    expect(JSON.stringify(event)).not.toContain('hunter2!');
  });
});

describe('errors and the request log', () => {
  it('carry the id of the logged call', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/customer`, () =>
        HttpResponse.json({ code: 'server_error', message: 'x' }, { status: 500 }),
      ),
    );
    const error = await failure(callEndpoint(list, {}, { connection: remote() }));
    expect(error.callId).toBeDefined();
    expect(error.callId).toBe(events[0]?.id);
  });
});
