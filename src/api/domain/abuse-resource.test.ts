import { describe, expect, it } from 'vitest';
import { abuseReportFileName, abuseResource, parseAbuseResource } from './abuse-resource';

describe('abuse resource shapes', () => {
  it.each([
    ['193.33.95.1', 'ip', '193.33.95.1'],
    [' 193.33.95.1 ', 'ip', '193.33.95.1'],
    ['2A00:1450::1', 'ip', '2a00:1450::1'],
    ['193.33.95.0/24', 'prefix', '193.33.95.0/24'],
    ['193.33.95.0/024', 'prefix', '193.33.95.0/24'],
    ['2001:DB8::/32', 'prefix', '2001:db8::/32'],
    ['0.0.0.0/0', 'prefix', '0.0.0.0/0'],
    ['AS58057', 'asn', 'AS58057'],
    ['as64500', 'asn', 'AS64500'],
    ['64500', 'asn', 'AS64500'],
    ['AS4294967295', 'asn', 'AS4294967295'],
  ])('reads %j as %s %j', (input, kind, value) => {
    expect(parseAbuseResource(input)).toMatchObject({ kind, value });
    expect(abuseResource.parse(input)).toBe(value);
  });

  it.each([
    '',
    'example.com',
    '193.33.95.0/33',
    '2001:db8::/129',
    '193.33.95.0/24/1',
    '193.33.95.0/',
    '193.33.95',
    'AS4294967296',
    'AS-BERGWERK',
    'ASN64500',
  ])('refuses %j', (input) => {
    expect(parseAbuseResource(input)).toBeNull();
    expect(abuseResource.safeParse(input).error?.issues[0]?.message).toBe(
      'Enter an IP address (193.33.95.1), a prefix (193.33.95.0/24) or an AS number (AS58057)',
    );
  });
});

describe('abuse report file names', () => {
  it.each([
    ['193.33.95.0/24', 'abuse-193.33.95.0-24.pdf'],
    ['193.33.95.20', 'abuse-193.33.95.20.pdf'],
    ['as64500', 'abuse-AS64500.pdf'],
    ['2001:db8::/32', 'abuse-2001_db8__-32.pdf'],
  ])('%j → %j', (resource, name) => {
    expect(abuseReportFileName(resource)).toBe(name);
  });
});
