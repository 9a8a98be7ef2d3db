import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../mocks/node';
import { endpoint } from './catalogue';
import { callEndpointFull } from './client';
import type { Connection } from './connection';
import { clearRequestLog, LOGGED_BODY_LIMIT, requestLogStore } from './request-log';

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
