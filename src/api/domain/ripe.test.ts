import { describe, expect, it } from 'vitest';
import { asName, asNameIssue, asNameWarning, orgIdIssue, ripeOrgId } from './ripe';

describe('RIPE ORG-ID', () => {
  it.each([
    ['ORG-EXA1-RIPE', 'ORG-EXA1-RIPE'],
    ['org-exa1-ripe', 'ORG-EXA1-RIPE'],
    [' Org-Sb42-Ripe ', 'ORG-SB42-RIPE'],
    ['ORG-SA351-RIPE', 'ORG-SA351-RIPE'],
    ['ORG-AB-RIPE', 'ORG-AB-RIPE'],
    ['ORG-ABCD123456-RIPE', 'ORG-ABCD123456-RIPE'],
  ])('accepts %j as %j', (input, expected) => {
    expect(orgIdIssue(input)).toBeNull();
    expect(ripeOrgId.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'Enter the ORG-ID of the organisation, e.g. ORG-EXA1-RIPE'],
    ['EXA1-RIPE', 'An ORG-ID starts with ORG-, e.g. ORG-EXA1-RIPE'],
    ['ORG-EXA1', 'An ORG-ID is ORG-, letters and digits, then -RIPE, e.g. ORG-EXA1-RIPE'],
    ['ORG-EX A1-RIPE', 'An ORG-ID is ORG-, letters and digits, then -RIPE, e.g. ORG-EXA1-RIPE'],
    ['ORG-EXA_1-RIPE', 'An ORG-ID is ORG-, letters and digits, then -RIPE, e.g. ORG-EXA1-RIPE'],
    ['ORG-EXA1-ARIN', 'This ORG-ID is from ARIN; the RIPE Database’s end in -RIPE'],
    ['ORG--RIPE', 'After ORG- come 2 to 4 letters (the organisation’s initials), e.g. ORG-EXA1-RIPE'],
    ['ORG-A1-RIPE', 'After ORG- come 2 to 4 letters (the organisation’s initials), e.g. ORG-EXA1-RIPE'],
    ['ORG-ABCDE1-RIPE', 'After ORG- come 2 to 4 letters (the organisation’s initials), e.g. ORG-EXA1-RIPE'],
    ['ORG-EXA01-RIPE', 'After the letters comes a number of up to 6 digits, not starting with 0'],
    ['ORG-EXA1234567-RIPE', 'After the letters comes a number of up to 6 digits, not starting with 0'],
    ['ORG-EX1A-RIPE', 'After the letters comes a number of up to 6 digits, not starting with 0'],
  ])('refuses %j: %s', (input, reason) => {
    expect(orgIdIssue(input)).toBe(reason);
    expect(ripeOrgId.safeParse(input).error?.issues[0]?.message).toBe(reason);
  });
});

describe('RIPE as-name', () => {
  it.each([
    'BERGWERK-AS',
    'Bergwerk_Net',
    'A',
    'X1',
    'SECUREBIT',
    `A${'B'.repeat(79)}`,
    'ASTRA-NET',
    'RSVP-NET',
  ])('accepts %j', (input) => {
    expect(asNameIssue(input)).toBeNull();
    expect(asName.parse(` ${input} `)).toBe(input);
  });

  it.each([
    ['', 'Enter a name for the AS, e.g. BERGWERK-AS'],
    [`A${'B'.repeat(80)}`, 'An AS name has at most 80 characters'],
    ['1BERGWERK', 'An AS name starts with a letter'],
    ['-BERGWERK', 'An AS name starts with a letter'],
    ['BERG WERK', 'Use only letters, digits, hyphens and underscores'],
    ['BERGWERK.CH', 'Use only letters, digits, hyphens and underscores'],
    ['BÜCHER', 'Use only letters, digits, hyphens and underscores'],
    ['BERGWERK-', 'An AS name ends with a letter or a digit'],
    ['BERGWERK_', 'An AS name ends with a letter or a digit'],
    ['any', 'ANY is a reserved word in the RIPE Database (RFC 2622)'],
    ['PeerAS', 'PEERAS is a reserved word in the RIPE Database (RFC 2622)'],
    ['AS-ANY', 'AS-ANY is a reserved word in the RIPE Database (RFC 2622)'],
    ['AS-BERGWERK', 'Names starting with AS- are reserved for AS sets in the RIPE Database (RFC 2622)'],
    ['rs-bergwerk', 'Names starting with RS- are reserved for route sets in the RIPE Database (RFC 2622)'],
    ['RTRS-EDGE', 'Names starting with RTRS- are reserved for router sets in the RIPE Database (RFC 2622)'],
    [
      'FLTR-MARTIANS',
      'Names starting with FLTR- are reserved for filter sets in the RIPE Database (RFC 2622)',
    ],
    ['PRNG-IXP', 'Names starting with PRNG- are reserved for peering sets in the RIPE Database (RFC 2622)'],
  ])('refuses %j: %s', (input, reason) => {
    expect(asNameIssue(input)).toBe(reason);
    expect(asName.safeParse(input).error?.issues[0]?.message).toBe(reason);
  });

  it.each([
    ['bergwerk-as', 'AS names are usually written in capitals: BERGWERK-AS'],
    ['AS64500', 'This looks like an AS number; the name usually names the network'],
    ['BERGWERK-AS', null],
    ['AS-BERGWERK', null],
  ])('warns about %j: %s', (input, warning) => {
    expect(asNameWarning(input)).toBe(warning);
  });
});
