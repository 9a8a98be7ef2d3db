import { describe, expect, it } from 'vitest';
import * as domain from './index';

// Other modules import these names from 'src/api/domain'; renaming one must fail here first.
const CONTRACT = {
  function: [
    'isCountryCode',
    'countryName',
    'normalisePhone',
    'uidChecksumValid',
    'zipCodeIssue',
    'toAsciiDomain',
    'domainNameIssue',
    'isIPv4',
    'isIPv6',
    'isPublicIp',
    'nonPublicReason',
    'orgIdIssue',
    'asNameIssue',
    'parseAbuseResource',
    'abuseReportFileName',
    'formatFingerprint',
    'formatMoney',
    'escapeDnValue',
    'unescapeDnValue',
    'parseDn',
    'formatDn',
    'buildMemberDn',
    'describeDn',
    'passwordIssue',
    'generatePassword',
  ],
  schema: [
    'countryCode',
    'e164Phone',
    'vatId',
    'domainName',
    'fqdnOrIp',
    'publicIpAddress',
    'customerNumber',
    'userId',
    'ripeOrgId',
    'asName',
    'abuseResource',
    'emailAddress',
    'hostmaster',
    'httpUrl',
    'numberish',
    'booleanish',
  ],
} as const;

describe('src/api/domain index', () => {
  const exports = domain as Record<string, unknown>;

  it.each(CONTRACT.function)('exports the function %s', (name) => {
    expect(typeof exports[name]).toBe('function');
  });

  it.each(CONTRACT.schema)('exports the zod schema %s', (name) => {
    expect(typeof (exports[name] as { safeParse?: unknown } | undefined)?.safeParse).toBe('function');
  });

  it('exports the data tables', () => {
    expect(domain.englishCountries()).toHaveLength(249);
    expect(domain.ZIP_CODE_RULES.CH?.message).toBe('Swiss postal codes have 4 digits');
    expect(domain.passwordRule()).toMatch(/^At least 12 characters/);
  });
});
