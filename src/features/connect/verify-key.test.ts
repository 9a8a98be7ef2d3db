import { describe, expect, it } from 'vitest';
import { type Connection, DEMO_BASE_URL } from '@/api/connection';
import { failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { verifyKey } from './verify-key';

/** A real key as a user types it: nothing known up front about what it may do. */
const plain = (id: Parameters<typeof demoKey>[0]): Connection => ({
  kind: 'remote',
  baseUrl: DEMO_BASE_URL,
  apiKey: demoKey(id).key,
  keyHeader: 'bearer',
  remember: false,
});

describe('scope detection at connect', () => {
  it('a list of many customers is an operator key', async () => {
    const check = await verifyKey(plain('operator'));
    expect(check.scope).toMatchObject({ customerNumber: null, source: 'detected' });
    expect(check.scope?.how).toMatch(/listed \d+ customers/);
    expect(check.ownRecord).toBeNull();
  });

  it('a list of one, confirmed by its record, is a key for that customer', async () => {
    const check = await verifyKey(plain('customer'));
    expect(check.scope).toMatchObject({ customerNumber: DEMO_CUSTOMER_NUMBER, source: 'detected' });
    expect(check.ownRecord).toMatchObject({ name: DEMO_CUSTOMER_NUMBER });
    expect(check.customers).toHaveLength(1);
  });

  it('a 403 PATH_RESTRICTED on the list cannot tell: the user is asked', async () => {
    failNextCall({ status: 403, code: 'PATH_RESTRICTED', endpointId: 'customer.list' });
    const check = await verifyKey(plain('customer'));
    expect(check.scope).toBeNull();
    expect(check.restriction?.code).toBe('PATH_RESTRICTED');
    expect(check.undetermined).toMatch(/403 PATH_RESTRICTED.*Which customer number/);
  });

  it('a manual choice always wins', async () => {
    const asOperator = await verifyKey(plain('customer'), { kind: 'operator' });
    expect(asOperator.scope).toMatchObject({ customerNumber: null, source: 'manual' });
    const asCustomer = await verifyKey(plain('operator'), { kind: 'customer', customerNumber: '10000003' });
    expect(asCustomer.scope).toMatchObject({ customerNumber: '10000003', source: 'manual' });
  });
});
