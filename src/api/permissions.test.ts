import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { endpoint } from './catalogue';
import { callEndpoint } from './client';
import { connect, connectionStore, DEMO_BASE_URL, disconnect } from './connection';
import { forgetRestrictions, keyCapabilitiesStore, refusalReason } from './key-capabilities';
import { addRestriction, describeRestriction, findRestriction, restrictionFrom } from './permissions';

const OWN = DEMO_CUSTOMER_NUMBER;

describe('restrictions learned from 403 answers', () => {
  it('records a refused method against its path template and customer, and covers nothing else', () => {
    const refused = restrictionFrom(
      endpoint('customer.delete'),
      { customerNumber: OWN },
      'METHOD_RESTRICTED',
      1,
    );
    expect(refused).toMatchObject({
      code: 'METHOD_RESTRICTED',
      method: 'DELETE',
      path: '/v1/customer/{customerNumber}',
      customerNumber: OWN,
    });
    const learned = [refused!];
    expect(findRestriction(learned, endpoint('customer.delete'), { customerNumber: OWN })).toBe(refused);
    // Same path, other method; same method, other customer; other endpoints: all still allowed.
    expect(findRestriction(learned, endpoint('customer.update'), { customerNumber: OWN })).toBeUndefined();
    expect(
      findRestriction(learned, endpoint('customer.delete'), { customerNumber: '10000002' }),
    ).toBeUndefined();
    expect(findRestriction(learned, endpoint('user.update'), { userId: `${OWN}_0001` })).toBeUndefined();
    expect(findRestriction(learned, endpoint('group.delete'), { customerNumber: OWN })).toBeUndefined();
    expect(describeRestriction(refused!)).toBe(
      `This key may not delete customer ${OWN} (403 METHOD_RESTRICTED).`,
    );
  });

  it('a refused path covers every method on it, for the customer a user id names', () => {
    const refused = restrictionFrom(endpoint('user.get'), { userId: '10000002_0001' }, 'PATH_RESTRICTED', 1)!;
    expect(refused.customerNumber).toBe('10000002');
    expect(findRestriction([refused], endpoint('user.delete'), { userId: '10000002_0007' })).toBe(refused);
    expect(findRestriction([refused], endpoint('user.update'), { userId: `${OWN}_0001` })).toBeUndefined();
    expect(describeRestriction(refused)).toBe(
      'This key may not reach /v1/customer/user/{userId} for customer 10000002 (403 PATH_RESTRICTED).',
    );
  });

  it('a refusal on a path without a customer covers it for every caller', () => {
    const refused = restrictionFrom(endpoint('virtualServer.list'), {}, 'PATH_RESTRICTED', 1)!;
    expect(refused.customerNumber).toBeNull();
    expect(findRestriction([refused], endpoint('virtualServer.list'))).toBe(refused);
    expect(findRestriction([refused], endpoint('virtualServer.get'), { pid: '1' })).toBeUndefined();
  });

  it('believes ORDERING_NOT_ENABLED only from an order endpoint, and then for every order', () => {
    expect(restrictionFrom(endpoint('asn.update'), { id: '1' }, 'ORDERING_NOT_ENABLED', 1)).toBeNull();
    const refused = restrictionFrom(endpoint('asn.create'), {}, 'ORDERING_NOT_ENABLED', 1)!;
    expect(findRestriction([refused], endpoint('resource.create'))).toBe(refused);
    expect(findRestriction([refused], endpoint('asn.update'), { id: '1' })).toBeUndefined();
  });

  it('ignores other codes and keeps one entry per refusal', () => {
    expect(restrictionFrom(endpoint('customer.get'), { customerNumber: OWN }, 'not_found', 1)).toBeNull();
    const refused = restrictionFrom(
      endpoint('customer.delete'),
      { customerNumber: OWN },
      'METHOD_RESTRICTED',
      1,
    )!;
    const once = addRestriction([], refused);
    expect(addRestriction(once, { ...refused, at: 2 })).toBe(once);
  });
});

describe('the permission store kept with the connection', () => {
  afterEach(() => {
    disconnect();
  });

  const customerKey = demoKey('customer');
  const connectCustomerKey = () =>
    connect({
      kind: 'demo',
      baseUrl: DEMO_BASE_URL,
      apiKey: customerKey.key,
      keyHeader: 'bearer',
      remember: false,
    });

  it('learns a refused delete from the API and turns off only that endpoint', async () => {
    connectCustomerKey();
    await expect(
      callEndpoint(endpoint('customer.delete'), { params: { customerNumber: OWN } }),
    ).rejects.toMatchObject({ status: 403, code: 'METHOD_RESTRICTED' });

    const capabilities = keyCapabilitiesStore.get();
    expect(capabilities.readOnly).toBe(false);
    expect(refusalReason(capabilities, endpoint('customer.delete'), { customerNumber: OWN })).toBe(
      `This key may not delete customer ${OWN} (403 METHOD_RESTRICTED).`,
    );
    expect(refusalReason(capabilities, endpoint('customer.update'), { customerNumber: OWN })).toBeNull();
    expect(refusalReason(capabilities, endpoint('user.create'), { customerNumber: OWN })).toBeNull();
    // The no-argument form (writes in general) stays on.
    expect(refusalReason(capabilities)).toBeNull();
    // Kept with the connection, in its storage.
    expect(connectionStore.get()?.learned).toHaveLength(1);
    expect(JSON.parse(sessionStorage.getItem('4b42.connection') ?? '{}').learned).toHaveLength(1);
  });

  it('can be forgotten, and a new connection starts without it', async () => {
    connectCustomerKey();
    await callEndpoint(endpoint('customer.get'), { params: { customerNumber: '10000002' } }).catch(
      () => null,
    );
    expect(keyCapabilitiesStore.get().learned).toHaveLength(1);
    forgetRestrictions();
    expect(keyCapabilitiesStore.get().learned).toEqual([]);

    await callEndpoint(endpoint('customer.get'), { params: { customerNumber: '10000002' } }).catch(
      () => null,
    );
    expect(keyCapabilitiesStore.get().learned).toHaveLength(1);
    connectCustomerKey();
    expect(keyCapabilitiesStore.get().learned).toEqual([]);
  });

  it('does not pin on the connected key what another key being tried was refused', async () => {
    connectCustomerKey();
    const candidate = {
      kind: 'demo' as const,
      baseUrl: DEMO_BASE_URL,
      apiKey: customerKey.key,
      keyHeader: 'bearer' as const,
      remember: false,
    };
    await callEndpoint(
      endpoint('customer.get'),
      { params: { customerNumber: '10000002' } },
      { connection: candidate },
    ).catch(() => null);
    expect(keyCapabilitiesStore.get().learned).toEqual([]);
  });

  it('says why before any call for a key known to be read-only', () => {
    connect({
      kind: 'demo',
      baseUrl: DEMO_BASE_URL,
      apiKey: demoKey('readonly').key,
      keyHeader: 'bearer',
      remember: false,
      capabilities: { readOnly: true },
    });
    const capabilities = keyCapabilitiesStore.get();
    expect(refusalReason(capabilities, endpoint('user.update'), { userId: `${OWN}_0001` })).toMatch(
      /read-only/,
    );
    expect(refusalReason(capabilities, endpoint('user.get'), { userId: `${OWN}_0001` })).toBeNull();
    expect(refusalReason(capabilities)).toMatch(/read-only/);
  });
});
