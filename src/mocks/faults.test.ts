import { describe, expect, it } from 'vitest';
import {
  clearEndpointFault,
  clearFaults,
  demoStore,
  failEndpoint,
  failNextCall,
  setLatency,
  setMaintenance,
} from './demo-controls';
import { call } from './test-helpers';

describe('faults', () => {
  it('fail next call: once, with status, code, message and field', async () => {
    failNextCall({ status: 500, code: 'server_error', message: 'Boom', field: 'description' });
    const failed = await call('customer.list');
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ code: 'server_error', message: 'Boom', field: 'description' });
    expect(failed.headers.get('RateLimit-Remaining')).not.toBeNull();
    expect((await call('customer.list')).status).toBe(200);
    expect(demoStore.get().faults.next).toBeNull();
  });

  it('an uppercase code comes in the older body shape; the message defaults to its meaning', async () => {
    failNextCall({ status: 500, code: 'SQL_INSERT_ERROR' });
    const result = await call('customer.list');
    expect(result.body).toEqual({
      error: 'SQL_INSERT_ERROR',
      message: 'SQL Insert Query failed, please contact our support team',
    });
  });

  it('fail next call of one endpoint leaves the others alone', async () => {
    failNextCall({ endpointId: 'zone.list', status: 404, code: 'not_found' });
    expect((await call('customer.list')).status).toBe(200);
    const failed = await call('zone.list', { params: { productid: '500001' } });
    expect(failed.status).toBe(404);
    expect((await call('zone.list', { params: { productid: '500001' } })).status).toBe(200);
  });

  it('status faults come after the key check', async () => {
    failNextCall({ status: 500 });
    expect((await call('customer.list', { key: null })).status).toBe(401);
    expect((await call('customer.list')).status).toBe(500);
  });

  it('fail every call to an endpoint until cleared', async () => {
    failEndpoint('user.list', { status: 503, code: 'service_error' });
    const params = { customerNumber: '10000001' };
    expect((await call('user.list', { params })).status).toBe(503);
    expect((await call('user.list', { params })).status).toBe(503);
    expect((await call('group.list', { params })).status).toBe(200);
    clearEndpointFault('user.list');
    expect((await call('user.list', { params })).status).toBe(200);
  });

  it('maintenance: 503 maintenance for every call, even without a key', async () => {
    setMaintenance(true);
    const result = await call('customer.list', { key: null });
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({ code: 'maintenance' });
    setMaintenance(false);
    expect((await call('customer.list')).status).toBe(200);
  });

  it('network error: fetch rejects', async () => {
    failNextCall({ kind: 'network' });
    await expect(call('customer.list', { key: null })).rejects.toThrow();
    expect((await call('customer.list')).status).toBe(200);
  });

  it('an HTML 502 page from the proxy', async () => {
    failEndpoint('customer.list', { kind: 'html' });
    const result = await call('customer.list');
    expect(result.status).toBe(502);
    expect(result.headers.get('Content-Type')).toContain('text/html');
    expect(await result.response.text()).toMatch(/^<!DOCTYPE html>[\s\S]*502 Bad Gateway/);
    clearFaults();
    expect((await call('customer.list')).status).toBe(200);
  });

  it('latency delays the answer', async () => {
    setLatency(150);
    const started = performance.now();
    await call('customer.list');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    setLatency(null);
    expect(demoStore.get().faults.latencyMs).toBeNull();
  });

  it('refuses an endpoint id the catalogue does not know', () => {
    expect(() => failEndpoint('customer.nope')).toThrow(/Unknown endpoint/);
  });

  it('a fault after the write: the customer is created, the answer is a 500', async () => {
    const before = (await call('customer.list')).body as unknown[];
    failNextCall({ endpointId: 'customer.create', status: 500, code: 'server_error', afterWrite: true });
    const failed = await call('customer.create', { body: { description: 'Lost Answer AG', country: 'CH' } });
    expect(failed.status).toBe(500);
    const after = (await call('customer.list')).body as { description: string }[];
    expect(after).toHaveLength(before.length + 1);
    expect(after.some((c) => c.description === 'Lost Answer AG')).toBe(true);
  });

  it('a broken connection after the write: fetch rejects, the write stays', async () => {
    failNextCall({ endpointId: 'customer.create', kind: 'network', afterWrite: true });
    await expect(
      call('customer.create', { body: { description: 'Broken Line GmbH', country: 'CH' } }),
    ).rejects.toThrow();
    const after = (await call('customer.list')).body as { description: string }[];
    expect(after.some((c) => c.description === 'Broken Line GmbH')).toBe(true);
  });

  it('malformed JSON: a 200 whose body stops half-way', async () => {
    failNextCall({ kind: 'malformed' });
    await expect(call('customer.list')).rejects.toThrow(SyntaxError);
    expect((await call('customer.list')).status).toBe(200);
  });

  it('maintenance with Retry-After', async () => {
    setMaintenance(true, 120);
    const result = await call('customer.list');
    expect(result.status).toBe(503);
    expect(result.headers.get('Retry-After')).toBe('120');
    setMaintenance(false);
    expect((await call('customer.list')).status).toBe(200);
  });

  it('a slow answer after the write: the customer exists before the answer arrives', async () => {
    failNextCall({ endpointId: 'customer.create', kind: 'slow', delayMs: 400, afterWrite: true });
    const started = performance.now();
    const pending = call('customer.create', { body: { description: 'Langsam AG', country: 'CH' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const list = (await call('customer.list')).body as { description: string }[];
    expect(list.some((c) => c.description === 'Langsam AG')).toBe(true);
    expect((await pending).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });
});
