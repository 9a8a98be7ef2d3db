import { describe, expect, it, vi } from 'vitest';
import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { DEMO_BASE_URL } from '@/api/connection';
import { DEMO_CUSTOMER_NUMBER, demoKey } from './demo-keys';
import { ROUTES } from './routes';
import { call, request } from './test-helpers';

describe('keys', () => {
  it.each(['bearer', 'authorization-bare', '4b42-KEY'] as const)(
    'accepts the key in the %s style',
    async (header) => {
      const result = await call('customer.list', { header });
      expect(result.status).toBe(200);
    },
  );

  it('refuses a call without a key: 401 INVALID_AUTH in the older body shape', async () => {
    const result = await call('customer.list', { key: null });
    expect(result.status).toBe(401);
    expect(result.body).toEqual({ error: 'INVALID_AUTH', message: expect.any(String) });
    expect(result.headers.get('RateLimit-Remaining')).not.toBeNull();
  });

  it('answers an unknown key in the dialect of the header it came in', async () => {
    const current = await call('customer.list', { key: 'not-a-key', header: 'bearer' });
    expect(current.status).toBe(401);
    expect(current.body).toEqual({ code: 'unauthorized', message: expect.any(String) });
    const bare = await call('customer.list', { key: 'not-a-key', header: 'authorization-bare' });
    expect(bare.body).toMatchObject({ code: 'unauthorized' });
    const older = await call('customer.list', { key: 'not-a-key', header: '4b42-KEY' });
    expect(older.status).toBe(401);
    expect(older.body).toEqual({ error: 'INVALID_APIKEY', message: expect.any(String) });
  });

  it('treats "Authorization: Bearer" without a key as no key', async () => {
    const result = await request('GET', endpoint('customer.list').path, {
      key: 'Bearer ',
      header: 'authorization-bare',
    });
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ error: 'INVALID_AUTH' });
  });
});

describe('routing', () => {
  // Made-up paths: nothing in the catalogue serves them.
  it('an unknown /v1 path is 404 not_found', async () => {
    const result = await request('GET', '/v1/nothing/here');
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ code: 'not_found' });
  });

  it('a known path with another method is 405 with Allow', async () => {
    const result = await request('PATCH', endpoint('customer.list').path);
    expect(result.status).toBe(405);
    expect(result.headers.get('Allow')).toBe('GET, POST');
    expect(result.body).toMatchObject({ code: 'unsupported_error' });
  });

  it('a failure inside the simulation answers 500 server_error', async () => {
    vi.spyOn(ROUTES, 'exchange.list').mockImplementation(() => {
      throw new Error('bug');
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await call('exchange.list');
    expect(result.status).toBe(500);
    expect(result.body).toMatchObject({ code: 'server_error' });
    expect(quiet).toHaveBeenCalled();
  });

  it('a key is checked before the path', async () => {
    expect((await request('GET', '/v1/nothing', { key: null })).status).toBe(401);
  });
});

describe('the customer-scoped key', () => {
  const own = DEMO_CUSTOMER_NUMBER;

  it('uses its own customer’s paths', async () => {
    expect((await call('customer.get', { key: 'customer', params: { customerNumber: own } })).status).toBe(
      200,
    );
    expect((await call('user.list', { key: 'customer', params: { customerNumber: own } })).status).toBe(200);
    expect((await call('user.get', { key: 'customer', params: { userId: `${own}_1` } })).status).toBe(200);
    expect((await call('group.list', { key: 'customer', params: { customerNumber: own } })).status).toBe(200);
    expect((await call('suffix.list', { key: 'customer', params: { customerNumber: own } })).status).toBe(
      200,
    );
    const created = await call('user.create', {
      key: 'customer',
      params: { customerNumber: own },
      body: { lastname: 'Kuster', firstname: 'Nina' },
    });
    expect(created.status).toBe(200);
  });

  it('sees only its own customer in the list', async () => {
    const result = await call('customer.list', { key: 'customer' });
    expect(result.body).toEqual([expect.objectContaining({ name: own })]);
  });

  it('gets 403 PATH_RESTRICTED anywhere else', async () => {
    const other = await call('customer.get', { key: 'customer', params: { customerNumber: '10000002' } });
    expect(other.status).toBe(403);
    expect(other.body).toEqual({ error: 'PATH_RESTRICTED', message: expect.any(String) });
    const otherUser = await call('user.get', { key: 'customer', params: { userId: '10000002_1' } });
    expect(otherUser.body).toMatchObject({ error: 'PATH_RESTRICTED' });
    const zones = await call('zone.list', { key: 'customer', params: { productid: '500001' } });
    expect(zones.body).toMatchObject({ error: 'PATH_RESTRICTED' });
    // Ordering is never reached: the path is not its own.
    const order = await call('asn.create', {
      key: 'customer',
      body: { org: 'ORG-BDA1-RIPE', country: 'CH', name: 'BERGWERK-AS' },
    });
    expect(order.body).toMatchObject({ error: 'PATH_RESTRICTED' });
  });

  it('cannot create customers or close its own account (METHOD_RESTRICTED)', async () => {
    const create = await call('customer.create', {
      key: 'customer',
      body: { description: 'X AG', country: 'CH' },
    });
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({ error: 'METHOD_RESTRICTED' });
    const remove = await call('customer.delete', { key: 'customer', params: { customerNumber: own } });
    expect(remove.body).toMatchObject({ error: 'METHOD_RESTRICTED' });
  });
});

describe('the read-only key', () => {
  it('reads everything', async () => {
    expect(
      (await call('customer.get', { key: 'readonly', params: { customerNumber: '10000002' } })).status,
    ).toBe(200);
    expect((await call('zone.list', { key: 'readonly', params: { productid: '500001' } })).status).toBe(200);
  });

  it('gets 403 METHOD_RESTRICTED for every write, orders included', async () => {
    const post = await call('group.create', {
      key: 'readonly',
      params: { customerNumber: '10000001' },
      body: { groupName: 'Billing' },
    });
    expect(post.status).toBe(403);
    expect(post.body).toMatchObject({ error: 'METHOD_RESTRICTED' });
    const del = await call('user.delete', { key: 'readonly', params: { userId: '10000001_1' } });
    expect(del.body).toMatchObject({ error: 'METHOD_RESTRICTED' });
    const order = await call('asn.create', {
      key: 'readonly',
      body: { org: 'ORG-BDA1-RIPE', country: 'CH', name: 'BERGWERK-AS' },
    });
    expect(order.body).toMatchObject({ error: 'METHOD_RESTRICTED' });
  });
});

describe('the key without ordering', () => {
  it('gets 403 ORDERING_NOT_ENABLED for an AS number, but may write otherwise', async () => {
    const order = await call('asn.create', {
      key: 'no-ordering',
      body: { org: 'ORG-BDA1-RIPE', country: 'CH', name: 'BERGWERK-AS' },
    });
    expect(order.status).toBe(403);
    expect(order.body).toEqual({ error: 'ORDERING_NOT_ENABLED', message: expect.any(String) });
    const write = await call('group.create', {
      key: 'no-ordering',
      params: { customerNumber: '10000001' },
      body: { groupName: 'Billing' },
    });
    expect(write.status).toBe(200);
  });
});

describe('with the console’s own client', () => {
  const connection = (id: 'operator' | 'customer') => ({
    kind: 'demo' as const,
    baseUrl: DEMO_BASE_URL,
    apiKey: demoKey(id).key,
    keyHeader: 'bearer' as const,
    remember: false,
  });

  it('returns parsed data', async () => {
    const users = await callEndpoint(
      endpoint('user.list'),
      { params: { customerNumber: '10000001' } },
      { connection: connection('operator') },
    );
    expect(users.map((u) => u.name)).toContain('Bühl, Kevin');
  });

  it('throws an ApiError with the code, its meaning and the field', async () => {
    const error = await callEndpoint(
      endpoint('suffix.create'),
      { params: { customerNumber: '10000001' }, body: { suffix: 'bergwerk.ch' } },
      { connection: connection('operator') },
    ).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.status).toBe(409);
    expect(error.code).toBe('UPN_ALREADY_EXIST');
    expect(error.meaning).toBe('UPN-Suffix already exist.');
    expect(Object.keys(error.fields)).toEqual(['suffix']);
  });
});
