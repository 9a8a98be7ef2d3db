import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoKey } from '@/mocks/demo-keys';
import { server as mockServer } from '@/mocks/node';
import { createSandboxServer } from './server';

/** The sandbox over real loopback HTTP: msw's in-process interception is off for these tests. */
const running: Server[] = [];
const dir = mkdtempSync(join(tmpdir(), '4b42-sandbox-'));

async function start(statePath: string | null = null): Promise<string> {
  const server = createSandboxServer({ statePath, latency: 0 });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  running.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const bearer = (id: Parameters<typeof demoKey>[0]) => ({ Authorization: `Bearer ${demoKey(id).key}` });

beforeAll(() => mockServer.close());
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => new Promise((done) => s.close(done))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sandbox API server', () => {
  it('answers preflights and lets another origin read the rate-limit headers', async () => {
    const origin = await start();
    const preflight = await fetch(`${origin}/v1/customer/10000001`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5391', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:5391');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization.*4b42-KEY/);

    const list = await fetch(`${origin}/v1/customer`, { headers: bearer('customer') });
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual([expect.objectContaining({ name: '10000001' })]);
    expect(list.headers.get('RateLimit-Limit')).toBe('3600');
    expect(list.headers.get('Access-Control-Expose-Headers')).toMatch(
      /RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After/,
    );
  });

  it('applies the demo keys, scopes and errors of the simulated API', async () => {
    const origin = await start();
    const deleteOwn = await fetch(`${origin}/v1/customer/10000001`, {
      method: 'DELETE',
      headers: bearer('customer'),
    });
    expect(deleteOwn.status).toBe(403);
    expect(await deleteOwn.json()).toMatchObject({ error: 'METHOD_RESTRICTED' });
    const other = await fetch(`${origin}/v1/customer/10000002`, { headers: bearer('customer') });
    expect(await other.json()).toMatchObject({ error: 'PATH_RESTRICTED' });
    const anonymous = await fetch(`${origin}/v1/customer`);
    expect(anonymous.status).toBe(401);
  });

  it('serves the OpenAPI document with itself as the first server', async () => {
    const origin = await start();
    const document = await (await fetch(`${origin}/openapi.json`)).json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0].url).toBe(origin);
  });

  it('keeps its state in the file given, across restarts', async () => {
    const state = join(dir, 'state.json');
    const first = await start(state);
    const created = await fetch(`${first}/v1/customer/group/10000001`, {
      method: 'POST',
      headers: { ...bearer('operator'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ groupName: 'Sandbox-Persisted' }),
    });
    expect(created.status).toBe(200);
    await Promise.all(running.splice(0).map((s) => new Promise((done) => s.close(done))));

    const second = await start(state);
    const groups = await (
      await fetch(`${second}/v1/customer/group/10000001`, { headers: bearer('operator') })
    ).json();
    expect(JSON.stringify(groups)).toContain('Sandbox-Persisted');
  });

  it('injects faults through its controls', async () => {
    const origin = await start();
    const control = await fetch(`${origin}/_sandbox/faults/next`, {
      method: 'POST',
      body: JSON.stringify({ status: 503, code: 'maintenance', endpointId: 'customer.list' }),
    });
    expect(control.status).toBe(200);
    const failed = await fetch(`${origin}/v1/customer`, { headers: bearer('operator') });
    expect(failed.status).toBe(503);
    expect((await fetch(`${origin}/v1/customer`, { headers: bearer('operator') })).status).toBe(200);
  });
  it('puts the API into maintenance with the Retry-After it was given, and out again', async () => {
    const origin = await start();
    const on = await fetch(`${origin}/_sandbox/maintenance`, {
      method: 'PUT',
      body: JSON.stringify({ on: true, retryAfter: 120 }),
    });
    expect(on.status).toBe(200);
    const down = await fetch(`${origin}/v1/customer`, { headers: bearer('operator') });
    expect(down.status).toBe(503);
    expect(down.headers.get('Retry-After')).toBe('120');
    expect(((await down.json()) as { code?: string }).code).toBe('maintenance');

    await fetch(`${origin}/_sandbox/maintenance`, { method: 'PUT', body: JSON.stringify({ on: false }) });
    expect((await fetch(`${origin}/v1/customer`, { headers: bearer('operator') })).status).toBe(200);
  });
});
