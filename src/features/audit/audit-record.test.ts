import { describe, expect, it } from 'vitest';
import type { ApiCallEvent } from '@/api/call-events';
import { ALREADY_GONE_NOTE, changesOf, outcomeOf, valueText } from './audit-record';
import { describeTarget } from './describe-target';

describe('what the audit records of a write', () => {
  it('a PUT keeps only the fields whose value changes; a cleared field reads as not set', () => {
    const old = { name: '10000001', city: 'Zürich', street: 'Bahnhofstrasse', mobile: '+41791234567' };
    expect(changesOf('PUT', old, { city: 'Zürich', street: 'Seestrasse', mobile: '' })).toEqual([
      { field: 'street', old: 'Bahnhofstrasse', new: 'Seestrasse' },
      { field: 'mobile', old: '+41791234567', new: null },
    ]);
  });

  it('a POST lists what it sends, a DELETE the record it removes', () => {
    expect(changesOf('POST', undefined, { suffix: 'example.ch' })).toEqual([
      { field: 'suffix', old: null, new: 'example.ch' },
    ]);
    expect(changesOf('DELETE', { suffix: 'example.ch', configured: true }, undefined)).toEqual([
      { field: 'suffix', old: 'example.ch', new: null },
      { field: 'configured', old: 'true', new: null },
    ]);
    expect(changesOf('DELETE', undefined, undefined)).toEqual([]);
  });

  it('cuts a long value', () => {
    expect(valueText('x'.repeat(600))).toMatch(/^x{500}… \(600 characters\)$/);
    expect(valueText(['cn=a', 'cn=b'])).toBe('["cn=a","cn=b"]');
  });

  it('names the target from the path, the sent body or the answer', () => {
    expect(
      describeTarget(
        'customer.update',
        { customerNumber: '10000001' },
        { old: { description: 'Bergwerk AG' } },
      ),
    ).toBe('customer 10000001 · Bergwerk AG');
    expect(describeTarget('customer.create', {}, { sent: { description: 'Neu AG' } })).toBe('new customer');
    expect(
      describeTarget('customer.create', {}, { answer: { name: '10000042', description: 'Neu AG' } }),
    ).toBe('customer 10000042 · Neu AG');
    expect(describeTarget('user.update', { userId: '10000001_3' }, { old: { username: 'jdoe' } })).toBe(
      'user 10000001_3 · jdoe',
    );
    expect(
      describeTarget(
        'user.create',
        { customerNumber: '10000001' },
        { sent: { firstname: 'Jana' }, answer: { username: 'jmueller' } },
      ),
    ).toBe('user jmueller (customer 10000001)');
    expect(describeTarget('zone.update', { productid: '500001', zone: 'example.com' }, {})).toBe(
      'zone example.com (product 500001)',
    );
    // An IDN reads as the lists show it, with the form the API was sent after it.
    expect(
      describeTarget('zone.delete', { productid: '500001', zone: 'xn--zrich-bergwerk-gsb.ch' }, {}),
    ).toBe('zone zürich-bergwerk.ch (xn--zrich-bergwerk-gsb.ch, product 500001)');
    expect(
      describeTarget(
        'suffix.create',
        { customerNumber: '10000001' },
        { sent: { suffix: 'xn--bcher-kva.ch' } },
      ),
    ).toBe('UPN suffix bücher.ch (xn--bcher-kva.ch, customer 10000001)');
    expect(describeTarget('group.delete', { customerNumber: '10000001', groupName: 'Entwicklung' }, {})).toBe(
      'group Entwicklung (customer 10000001)',
    );
    // An AS number's path names a record id, not the number: '#2', never 'AS 2'.
    expect(
      describeTarget('asn.update', { id: '2' }, { old: { id: 2, asn: 64500, name: 'RHEINHAFEN-AS' } }),
    ).toBe('AS64500 · RHEINHAFEN-AS');
    expect(describeTarget('asn.delete', { id: '2' }, {})).toBe('AS #2');
  });

  it('counts a DELETE answered 404 as done, as the console does, and any other 404 as refused', () => {
    const call = (method: 'DELETE' | 'PUT') =>
      ({
        method,
        status: 404,
        ok: false,
        code: 'NOT_FOUND',
        message: 'Not found',
      }) as unknown as ApiCallEvent;
    expect(outcomeOf(call('DELETE'))).toEqual({
      state: 'ok',
      status: 404,
      code: 'NOT_FOUND',
      message: ALREADY_GONE_NOTE,
    });
    expect(outcomeOf(call('PUT')).state).toBe('failed');
  });
});
