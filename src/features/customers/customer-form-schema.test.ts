import { describe, expect, it } from 'vitest';
import { customerBody } from '@/api/catalogue/body-schemas';
import { uidChecksumValid } from '@/api/domain/vat';
import { zipWarning } from './customer-form-hints';

/** What the customer form accepts, sends and refuses: the catalogue's schema, as the form uses it. */

const base = { description: 'Example Inc.', country: 'CH' };
const parse = (values: Record<string, string>) => customerBody.safeParse({ ...base, ...values });
const firstIssue = (values: Record<string, string>) => {
  const result = parse(values);
  return result.success
    ? null
    : { path: result.error.issues[0]?.path.join('.'), message: result.error.issues[0]?.message };
};

describe('country (ISO 3166-1 alpha-2)', () => {
  it.each([
    ['CH', 'CH'],
    ['ch', 'CH'],
    [' de ', 'DE'],
    ['AX', 'AX'],
  ])('accepts %j as %s', (country, expected) => {
    expect(parse({ country })).toMatchObject({ success: true, data: { country: expected } });
  });

  it.each(['', 'XX', 'CHE', 'Switzerland', 'UK'])('refuses %j', (country) => {
    expect(firstIssue({ country })?.path).toBe('country');
  });
});

describe('telephone and mobile (E.164)', () => {
  it.each([
    ['+41 44 123 45 67', '+41441234567'],
    ['+41 (0)44 123 45 67', '+41441234567'],
    ['0041 44 123 45 67', '+41441234567'],
    ['+49-30-1234567', '+49301234567'],
    ['+1 (212) 555-0100', '+12125550100'],
    ['+4112345789', '+4112345789'],
  ])('normalises %j to %s', (typed, sent) => {
    expect(parse({ telephonenumber: typed, mobile: typed })).toMatchObject({
      success: true,
      data: { telephonenumber: sent, mobile: sent },
    });
  });

  // The docs say only "String": another shape is a warning in the form, sent as typed.
  it.each(['044 123 45 67', '+0 44 123', '+41 44', 'call me', '+41 44 123 45 67 89 01 23'])(
    'sends %j as typed',
    (typed) => {
      expect(parse({ telephonenumber: typed })).toMatchObject({
        success: true,
        data: { telephonenumber: typed },
      });
    },
  );
});

describe('VAT id', () => {
  it.each([
    ['CHE-123.456.789', 'CHE-123.456.789'],
    ['CHE-123.456.789 MWST', 'CHE-123.456.789 MWST'],
    ['che123456789 tva', 'CHE-123.456.789 MWST'],
    ['CHE-116.281.710 IVA', 'CHE-116.281.710 MWST'],
    ['DE 123 456 789', 'DE123456789'],
    ['ATU12345678', 'ATU12345678'],
    ['NL123456789B01', 'NL123456789B01'],
    ['FR12345678901', 'FR12345678901'],
  ])('accepts %j as %s', (typed, sent) => {
    expect(parse({ vatid: typed })).toMatchObject({ success: true, data: { vatid: sent } });
  });

  it.each(['CHE-123.456', 'DE12345678', 'US123456789', 'MWST'])('sends %j as typed', (typed) => {
    expect(parse({ vatid: typed })).toMatchObject({ success: true, data: { vatid: typed } });
  });

  it.each([
    ['CHE-116.281.710', true],
    ['CHE-109.322.551 MWST', true],
    // The API docs' own example: a warning in the form, never a block.
    ['CHE-123.456.789', false],
    ['DE123456789', true],
  ])('UID checksum of %j is %s', (typed, valid) => {
    expect(uidChecksumValid(typed)).toBe(valid);
    expect(parse({ vatid: typed }).success).toBe(true);
  });
});

describe('zip code, by country', () => {
  it.each([
    ['CH', '8001'],
    ['DE', '10115'],
    ['SE', '123 45'],
    ['NL', '1234 AB'],
    ['GB', 'SW1A 1AA'],
    ['PL', '12-345'],
    ['US', '12345-6789'],
    ['JP', '100-0001'],
  ])('%s accepts %j', (country, zipcode) => {
    expect(parse({ country, zipcode })).toMatchObject({ success: true, data: { zipcode } });
  });

  it.each([
    ['CH', '80010', /4 digits/],
    ['DE', '1011', /5 digits/],
    ['NL', '0123 AB', /1234 AB/],
    ['GB', '12345', /SW1A 1AA/],
  ])('%s sends %j, with a warning for the form', (country, zipcode, message) => {
    expect(parse({ country, zipcode })).toMatchObject({ success: true, data: { zipcode } });
    expect(zipWarning(country, zipcode)).toMatch(message);
  });
});

describe('required and optional fields', () => {
  it('needs a description and a country', () => {
    const result = customerBody.safeParse({ description: '  ', country: '' });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['description', 'country']));
  });

  it('sends nothing for an empty optional field, and nothing undocumented', () => {
    const result = customerBody.parse({
      ...base,
      street: '',
      city: '  ',
      mobile: '',
      vatid: '',
      name: '10000001',
      guid: 'x',
      customerNumber: '10000001',
    });
    expect(result).toEqual({ description: 'Example Inc.', country: 'CH' });
  });
});
