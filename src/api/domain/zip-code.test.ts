import { describe, expect, it } from 'vitest';
import { ZIP_CODE_RULES, zipCodeIssue } from './zip-code';

describe('zipCodeIssue accepts', () => {
  it.each([
    ['CH', '8001'],
    ['ch', ' 8001 '],
    ['LI', '9490'],
    ['AT', '1010'],
    ['BE', '1000'],
    ['DK', '2100'],
    ['NO', '0150'],
    ['HU', '1051'],
    ['LU', '1616'],
    ['SI', '1000'],
    ['BG', '1000'],
    ['AU', '2000'],
    ['NZ', '6011'],
    ['ZA', '8001'],
    ['DE', '10115'],
    ['DE', '10115 '],
    ['FR', '75008'],
    ['IT', '00184'],
    ['ES', '28013'],
    ['FI', '00100'],
    ['EE', '10111'],
    ['HR', '10000'],
    ['GR', '105 57'],
    ['GR', '10557'],
    ['SE', '114 55'],
    ['SE', '11455'],
    ['CZ', '110 00'],
    ['CZ', '11000'],
    ['SK', '811 01'],
    ['PL', '00-950'],
    ['PT', '1000-001'],
    ['NL', '1012 AB'],
    ['NL', '1012AB'],
    ['NL', '1012 ab'],
    ['GB', 'SW1A 1AA'],
    ['GB', 'sw1a1aa'],
    ['GB', 'EC1A 1BB'],
    ['GB', 'W1A 0AX'],
    ['GB', 'M1 1AE'],
    ['GB', 'B33 8TH'],
    ['GB', 'CR2 6XH'],
    ['GB', 'DN55 1PT'],
    ['GB', 'GIR 0AA'],
    ['UK', 'SW1A 1AA'],
    ['IE', 'D02 X285'],
    ['IE', 'A65F4E2'],
    ['IE', 'D6W 1234'],
    ['US', '90210'],
    ['US', '90210-1234'],
    ['CA', 'K1A 0B1'],
    ['CA', 'k1a0b1'],
    ['JP', '100-0001'],
    ['BR', '01310-100'],
    ['AR', 'C1425 DKA'],
    ['IS', '101'],
  ])('%s %j', (country, zip) => {
    expect(zipCodeIssue(country, zip)).toBeNull();
  });
});

describe('zipCodeIssue rejects', () => {
  it.each([
    ['CH', '80011', 'Swiss postal codes have 4 digits'],
    ['CH', 'CH-8001', 'Swiss postal codes have 4 digits'],
    ['CH', '', 'Swiss postal codes have 4 digits'],
    ['LI', '949', 'Liechtenstein postal codes have 4 digits'],
    ['AT', 'A-1010', 'Austrian postal codes have 4 digits'],
    ['AU', '200', 'Australian postcodes have 4 digits'],
    ['DE', '1011', 'German postal codes have 5 digits'],
    ['FR', '7500A', 'French postal codes have 5 digits'],
    ['GR', '105-57', 'Greek postal codes have 5 digits, e.g. 123 45'],
    ['SE', '1145', 'Swedish postal codes have 5 digits, e.g. 123 45'],
    ['CZ', '110  00', 'Czech postal codes have 5 digits, e.g. 123 45'],
    ['PL', '00950', 'Polish postal codes look like 12-345'],
    ['PT', '1000', 'Portuguese postal codes look like 1234-567'],
    ['NL', '1012', 'Dutch postcodes look like 1234 AB'],
    ['NL', '0123 AB', 'Dutch postcodes look like 1234 AB'],
    ['GB', 'SW1A', 'UK postcodes look like SW1A 1AA'],
    ['GB', 'Q1 1AA', 'UK postcodes look like SW1A 1AA'],
    ['GB', 'SW1A 1CA', 'UK postcodes look like SW1A 1AA'],
    ['UK', '12345', 'UK postcodes look like SW1A 1AA'],
    ['IE', 'D02', 'Irish Eircodes look like D02 X285'],
    ['IE', 'B02 X285', 'Irish Eircodes look like D02 X285'],
    ['US', '9021', 'US ZIP codes have 5 digits, optionally +4 (12345-6789)'],
    ['US', '90210-12', 'US ZIP codes have 5 digits, optionally +4 (12345-6789)'],
    ['CA', 'D1A 0B1', 'Canadian postal codes look like A1A 1A1'],
    ['CA', 'K1A0B', 'Canadian postal codes look like A1A 1A1'],
    ['JP', '100_0001', 'Postal codes have 1–10 letters, digits, spaces or dashes'],
    ['JP', '12345678901', 'Postal codes have 1–10 letters, digits, spaces or dashes'],
    ['JP', '', 'Postal codes have 1–10 letters, digits, spaces or dashes'],
  ])('%s %j → %j', (country, zip, message) => {
    expect(zipCodeIssue(country, zip)).toBe(message);
  });
});

describe('ZIP_CODE_RULES', () => {
  it('covers the countries with specific rules and treats UK like GB', () => {
    for (const code of ['CH', 'LI', 'AT', 'DE', 'FR', 'IT', 'NL', 'GB', 'UK', 'IE', 'US', 'CA']) {
      expect(ZIP_CODE_RULES[code], code).toBeDefined();
    }
    expect(ZIP_CODE_RULES.UK).toBe(ZIP_CODE_RULES.GB);
    expect(ZIP_CODE_RULES.JP).toBeUndefined();
  });
});
