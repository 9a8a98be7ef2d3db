import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@/mocks/node';
import { type ApiCallEvent, emitApiCall } from './call-events';
import { endpoint } from './catalogue';
import { callEndpointFull } from './client';
import type { Connection } from './connection';
import {
  clearRequestLog,
  LOGGED_BODY_LIMIT,
  REQUEST_LOG_SIZE,
  requestLogStore,
  serializeWithin,
} from './request-log';

const ORIGIN = 'https://api.example.test';
const connection: Connection = {
  kind: 'remote',
  baseUrl: `${ORIGIN}/v1`,
  apiKey: 'k',
  keyHeader: 'bearer',
  remember: false,
};
const customers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: String(i).padStart(8, '0'), description: `Customer ${i}` }));

afterEach(() => clearRequestLog());

describe('request log', () => {
  it('keeps an ordinary answer as it came', async () => {
    server.use(http.get(`${ORIGIN}/v1/customer`, () => HttpResponse.json(customers(2))));
    await callEndpointFull(endpoint('customer.list'), {}, { connection });
    expect(requestLogStore.get()[0]?.responseBody).toEqual(customers(2));
  });

  it('does not keep a huge answer, while the caller still gets all of it', async () => {
    const many = customers(10_000);
    expect(JSON.stringify(many).length).toBeGreaterThan(LOGGED_BODY_LIMIT);
    server.use(http.get(`${ORIGIN}/v1/customer`, () => HttpResponse.json(many)));
    const result = await callEndpointFull(endpoint('customer.list'), {}, { connection });
    expect(result.data).toHaveLength(10_000);
    expect(result.event.responseBody).toEqual(many);
    const logged = requestLogStore.get()[0];
    expect(logged?.responseBody).toMatch(/^\[\d[\d,]* characters: too large to keep in the log/);
    expect(logged?.status).toBe(200);
  });
});

describe('request log kept in this tab', () => {
  const STORED = '4b42.request-log';

  it('survives a reload: a fresh page reads back the calls, newest first', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/customer`, () => HttpResponse.json(customers(1))),
      http.get(`${ORIGIN}/v1/customer/:n`, () => HttpResponse.json({ code: 'not_found' }, { status: 404 })),
    );
    await callEndpointFull(endpoint('customer.list'), {}, { connection });
    await callEndpointFull(
      endpoint('customer.get'),
      { params: { customerNumber: '00000009' } },
      { connection },
    ).catch(() => undefined);
    // Written once the calls settle, or at once when the page goes (a reload).
    expect(sessionStorage.getItem(STORED)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem(STORED)).not.toBeNull();

    vi.resetModules();
    const reloaded = await import('./request-log');
    expect(reloaded.requestLogStore.get().map((c) => [c.path, c.status, c.code])).toEqual([
      ['/v1/customer/00000009', 404, 'not_found'],
      ['/v1/customer', 200, null],
    ]);
  });

  it('keeps at most 100 calls and stores only the newest that fit the size bound', async () => {
    const call = (n: number, size: number): ApiCallEvent =>
      ({
        id: String(n),
        method: 'GET',
        path: `/v1/customer/${n}`,
        responseBody: 'x'.repeat(size),
      }) as ApiCallEvent;
    const many = Array.from({ length: 10 }, (_, n) => call(n, 1000));
    const stored = JSON.parse(serializeWithin(many, 3500)) as ApiCallEvent[];
    expect(stored.map((c) => c.id)).toEqual(['0', '1', '2']);

    for (let n = 0; n < REQUEST_LOG_SIZE + 20; n++) emitApiCall({ ...call(n, 10), responseSize: 10 });
    expect(requestLogStore.get()).toHaveLength(REQUEST_LOG_SIZE);
    expect(requestLogStore.get()[0]?.id).toBe(String(REQUEST_LOG_SIZE + 19));
    // 120 calls in a burst: one write, a moment later.
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    await vi.waitFor(() => expect(sessionStorage.getItem(STORED)).not.toBeNull(), { timeout: 5000 });
    expect(JSON.parse(sessionStorage.getItem(STORED) ?? '[]')).toHaveLength(REQUEST_LOG_SIZE);
    expect(setItem.mock.calls.filter(([key]) => key === STORED)).toHaveLength(1);
  });

  it('forgets the stored copy when cleared, and ignores a damaged one', async () => {
    requestLogStore.set([{ id: 'a', method: 'GET', path: '/v1/customer' } as ApiCallEvent]);
    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem(STORED)).not.toBeNull();
    clearRequestLog();
    expect(sessionStorage.getItem(STORED)).toBeNull();

    sessionStorage.setItem(STORED, '{not json');
    vi.resetModules();
    expect((await import('./request-log')).requestLogStore.get()).toEqual([]);
  });
});
