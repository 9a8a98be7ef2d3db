import { describe, expect, it } from 'vitest';
import { decodeSerial, humanSeconds, soaWarnings } from './soa-units';
import { emailToSoa, soaToEmail } from './zone-form-values';

describe('SOA values for people', () => {
  it('reads seconds in days, hours and minutes', () => {
    expect(humanSeconds(86_400)).toBe('1 day');
    expect(humanSeconds(172_800)).toBe('2 days');
    expect(humanSeconds(5_400)).toBe('1 hour 30 minutes');
    expect(humanSeconds(1_209_600)).toBe('2 weeks');
  });

  it('decodes a date serial and leaves other serials alone', () => {
    expect(decodeSerial('2018030301')).toEqual({ date: '2018-03-03', change: '01' });
    expect(decodeSerial('2018023101')).toBeNull();
    expect(decodeSerial('1709251200')).toBeNull();
  });

  it('warns about the RFC 1912 relations', () => {
    expect(soaWarnings({ refresh: 3_600, retry: 600, expire: 1_209_600 })).toEqual({});
    const warnings = soaWarnings({ refresh: 86_400, retry: 90_000, expire: 100_000 });
    expect(Object.keys(warnings).sort()).toEqual(['expire', 'refresh', 'retry']);
  });

  it('turns the hostmaster between e-mail and SOA form', () => {
    expect(soaToEmail('hostmaster.4b42.com')).toBe('hostmaster@4b42.com');
    expect(soaToEmail('john\\.doe.example.com')).toBe('john.doe@example.com');
    expect(emailToSoa('john.doe@Example.com')).toBe('john\\.doe.example.com');
  });
});
