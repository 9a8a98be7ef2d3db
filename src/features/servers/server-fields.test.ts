import { describe, expect, it } from 'vitest';
import { fieldsOf } from './server-fields';

describe('fieldsOf: a server as the API sent it, with dates and customers recognised', () => {
  it("recognises dates with a time, in both of the API's shapes, and leaves a bare day as text", () => {
    const php = { date: '2024-03-24 10:04:07.000000', timezone_type: 3, timezone: 'UTC' };
    expect(
      fieldsOf({ created: '2024-03-28 10:04:07', updated: php, installed: '2024-03-28', os: 'Debian 12' }),
    ).toEqual([
      { name: 'created', kind: 'date', date: '2024-03-28 10:04:07' },
      { name: 'updated', kind: 'date', date: php },
      { name: 'installed', kind: 'text', text: '2024-03-28' },
      { name: 'os', kind: 'text', text: 'Debian 12' },
    ]);
  });

  it('takes an 8-digit number as a customer only in a field named for one', () => {
    expect(fieldsOf({ customer: '10000001', customer_id: 10000003, disk: 10000001, owner: 'x' })).toEqual([
      { name: 'customer', kind: 'customer', customerNumber: '10000001' },
      { name: 'customer_id', kind: 'customer', customerNumber: '10000003' },
      { name: 'disk', kind: 'text', text: '10000001' },
      { name: 'owner', kind: 'text', text: 'x' },
    ]);
  });
});
