import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { connect, connectionFingerprint, connectionStore } from '@/api/connection';
import { customerQueries } from '@/api/queries/customers';
import { directoryQueries } from '@/api/queries/directory';
import { REDACTED } from '@/api/redaction';
import type { AuditEntry } from '@/features/audit/audit-entry';
import { AUDIT_LIMIT, AUDIT_STORED_LIMIT, auditStorageKey, auditStore } from '@/features/audit/audit-store';
import { demoConnection } from '@/features/connect/open-demo';
import { failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { startAuditRecorder } from './audit-recorder';

const OPERATOR = demoKey('operator');
const storageKey = () => auditStorageKey(connectionFingerprint(demoConnection(OPERATOR)));
const stored = () => localStorage.getItem(storageKey());
const latest = (): AuditEntry => {
  const entry = auditStore.get()[0];
  if (!entry) throw new Error('nothing was recorded');
  return entry;
};
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    () => undefined,
  );

let client: QueryClient;
let stop: () => void;
beforeEach(() => {
  connect(demoConnection(OPERATOR));
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  stop = startAuditRecorder(client);
});
afterEach(() => stop());

describe('the audit recorder', () => {
  it('records a customer PUT with only the changed field, old value from the cache', async () => {
    const before = await client.fetchQuery(customerQueries.detail(DEMO_CUSTOMER_NUMBER));
    expect(before.city).toBe('Zürich');
    await callEndpoint(endpoint('customer.update'), {
      params: { customerNumber: DEMO_CUSTOMER_NUMBER },
      body: { description: before.description, country: before.country, city: 'Genève' },
    });

    expect(latest()).toMatchObject({
      method: 'PUT',
      endpointId: 'customer.update',
      path: `/v1/customer/${DEMO_CUSTOMER_NUMBER}`,
      target: `customer ${DEMO_CUSTOMER_NUMBER} · ${before.description}`,
      key: `Authorization: Bearer ${REDACTED}`,
      oldKnown: true,
      changes: [{ field: 'city', old: 'Zürich', new: 'Genève' }],
      outcome: { state: 'ok', status: 200 },
    });
    // Kept on this device for this connection, umlauts and all.
    expect(stored()).toContain('"new":"Genève"');
  });

  it('a PUT without the record read first lists every sent field (in the form’s order), old values unknown', async () => {
    await callEndpoint(endpoint('customer.update'), {
      params: { customerNumber: DEMO_CUSTOMER_NUMBER },
      body: { description: 'Bergwerk Digital AG', country: 'CH', city: 'Basel' },
    });
    expect(latest()).toMatchObject({
      oldKnown: false,
      changes: [
        { field: 'description', old: null, new: 'Bergwerk Digital AG' },
        { field: 'city', old: null, new: 'Basel' },
        { field: 'country', old: null, new: 'CH' },
      ],
    });
  });

  it('records a DELETE with the record as it was', async () => {
    const before = await client.fetchQuery(customerQueries.detail('10000003'));
    await callEndpoint(endpoint('customer.delete'), { params: { customerNumber: '10000003' } });
    const entry = latest();
    expect(entry).toMatchObject({ method: 'DELETE', target: `customer 10000003 · ${before.description}` });
    expect(entry.outcome.state).toBe('ok');
    expect(entry.changes).toContainEqual({ field: 'description', old: before.description, new: null });
  });

  it('records a refused write with status, code and message', async () => {
    failNextCall({
      endpointId: 'customer.update',
      status: 409,
      code: 'locked',
      message: 'Customer is locked.',
    });
    await failure(
      callEndpoint(endpoint('customer.update'), {
        params: { customerNumber: DEMO_CUSTOMER_NUMBER },
        body: { description: 'Bergwerk Digital AG', country: 'CH' },
      }),
    );
    expect(latest().outcome).toEqual({
      state: 'failed',
      status: 409,
      code: 'locked',
      message: 'Customer is locked.',
    });
  });

  it('records a write whose answer was lost as such', async () => {
    failNextCall({ endpointId: 'customer.delete', kind: 'network', afterWrite: true });
    await failure(callEndpoint(endpoint('customer.delete'), { params: { customerNumber: '10000003' } }));
    expect(latest().outcome).toMatchObject({ state: 'lost', status: null });
  });

  it('never keeps a typed password, a generated one or the key', async () => {
    const typed = 'Typed-Secret-Passw0rd!x';
    await callEndpoint(endpoint('user.create'), {
      params: { customerNumber: DEMO_CUSTOMER_NUMBER },
      body: { firstname: 'Jana', lastname: 'Müller', password: typed },
    });
    expect(latest().changes).toContainEqual({ field: 'password', old: null, new: REDACTED });

    const created = await callEndpoint(endpoint('user.create'), {
      params: { customerNumber: DEMO_CUSTOMER_NUMBER },
      body: { firstname: 'Jonas', lastname: 'Weber' },
    });
    const generated = created.password;
    expect(generated).toBeTruthy();
    expect(latest().answer).toContain(`"password":"${REDACTED}"`);
    expect(latest().outcome.state).toBe('ok');

    const text = stored() ?? '';
    expect(text).toContain('Müller');
    expect(text).not.toContain(typed);
    expect(text).not.toContain(String(generated));
    expect(text).not.toContain(connectionStore.get()?.apiKey);
  });

  it('reads a user’s old values from the cache and names the user', async () => {
    const users = await client.fetchQuery(directoryQueries.users(DEMO_CUSTOMER_NUMBER));
    const someone = users[0];
    if (!someone) throw new Error('the demo customer has no users');
    const before = await client.fetchQuery(directoryQueries.user(someone.id));
    await callEndpoint(endpoint('user.update'), {
      params: { userId: someone.id },
      body: { firstname: `${before.firstname ?? ''}é` },
    });
    expect(latest()).toMatchObject({
      target: expect.stringContaining(`user ${someone.id}`),
      changes: [{ field: 'firstname', old: before.firstname, new: `${before.firstname ?? ''}é` }],
    });
  });

  it(`keeps at most ${AUDIT_LIMIT} entries, dropping the oldest`, async () => {
    const key = storageKey();
    const old = Array.from({ length: AUDIT_LIMIT }, (_, i) => ({
      id: `old-${i}`,
      at: 1_000 + AUDIT_LIMIT - i,
      key: 'Authorization: Bearer •••',
      endpointId: 'customer.update',
      method: 'PUT',
      path: '/v1/customer/10000001',
      target: 'customer 10000001',
      changes: [{ field: 'city', old: 'A', new: 'B' }],
      oldKnown: true,
      answer: null,
      outcome: { state: 'ok', status: 200, code: null, message: null },
    }));
    localStorage.setItem(key, JSON.stringify(old));
    await callEndpoint(endpoint('customer.update'), {
      params: { customerNumber: DEMO_CUSTOMER_NUMBER },
      body: { description: 'Bergwerk Digital AG', country: 'CH', city: 'Basel' },
    });
    const kept = JSON.parse(localStorage.getItem(key) ?? '[]') as AuditEntry[];
    expect(kept).toHaveLength(AUDIT_LIMIT);
    expect(kept[0]?.target).toContain(DEMO_CUSTOMER_NUMBER);
    expect(kept[0]?.outcome.state).toBe('ok');
    expect(kept.at(-1)?.id).toBe(`old-${AUDIT_LIMIT - 2}`);
  });

  it('keeps within its share of storage, newest first', async () => {
    const key = storageKey();
    const bulky = 'x'.repeat(400);
    const old = Array.from({ length: 900 }, (_, i) => ({
      id: `old-${i}`,
      at: 1_000 + 900 - i,
      key: 'Authorization: Bearer •••',
      endpointId: 'customer.update',
      method: 'PUT',
      path: '/v1/customer/10000001',
      target: 'customer 10000001',
      changes: [1, 2, 3].map((n) => ({ field: `f${n}`, old: bulky, new: bulky })),
      oldKnown: true,
      answer: null,
      outcome: { state: 'ok', status: 200, code: null, message: null },
    }));
    localStorage.setItem(key, JSON.stringify(old));
    await callEndpoint(endpoint('customer.update'), {
      params: { customerNumber: DEMO_CUSTOMER_NUMBER },
      body: { description: 'Bergwerk Digital AG', country: 'CH', city: 'Basel' },
    });
    const text = localStorage.getItem(key) ?? '';
    expect(text.length).toBeLessThanOrEqual(AUDIT_STORED_LIMIT);
    const kept = JSON.parse(text) as AuditEntry[];
    expect(kept.length).toBeLessThan(901);
    expect(kept[0]?.changes).toEqual([
      { field: 'description', old: null, new: 'Bergwerk Digital AG' },
      { field: 'city', old: null, new: 'Basel' },
      { field: 'country', old: null, new: 'CH' },
    ]);
    expect(kept.at(-1)?.id).toBe(`old-${kept.length - 2}`);
  });
});
