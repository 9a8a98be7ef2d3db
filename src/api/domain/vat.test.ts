import { describe, expect, it } from 'vitest';
import { uidChecksumValid, vatId } from './vat';

const VAT_ID_MESSAGE = 'Enter a Swiss UID (CHE-123.456.789 MWST) or an EU VAT number (e.g. DE123456789)';

describe('vatId: Swiss UID', () => {
  it.each([
    ['CHE-123.456.789', 'CHE-123.456.789'],
    ['CHE-123.456.789 MWST', 'CHE-123.456.789 MWST'],
    ['CHE123456789', 'CHE-123.456.789'],
    ['che123456789', 'CHE-123.456.789'],
    ['che-123.456.789 mwst', 'CHE-123.456.789 MWST'],
    ['CHE 123 456 789 TVA', 'CHE-123.456.789 MWST'],
    ['CHE-123.456.789 IVA', 'CHE-123.456.789 MWST'],
    ['  CHE-116.281.710  ', 'CHE-116.281.710'],
  ])('accepts %j as %j', (input, expected) => {
    expect(vatId.parse(input)).toBe(expected);
  });

  it.each([
    ['CHE-123.456.78', 'eight digits'],
    ['CHE-123.456.7890', 'ten digits'],
    ['CHE-123.456.789 VAT', 'unknown suffix'],
    ['CH-123.456.789', 'missing E'],
    ['CHE-ABC.456.789', 'letters'],
  ])('rejects %j (%s)', (input) => {
    const result = vatId.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(VAT_ID_MESSAGE);
  });
});

describe('vatId: EU VAT numbers', () => {
  it.each([
    ['ATU12345678', 'ATU12345678'],
    ['BE0123456789', 'BE0123456789'],
    ['BE 1234.567.890', 'BE1234567890'],
    ['BG123456789', 'BG123456789'],
    ['BG1234567890', 'BG1234567890'],
    ['CY12345678X', 'CY12345678X'],
    ['CZ12345678', 'CZ12345678'],
    ['CZ1234567890', 'CZ1234567890'],
    ['de 123 456 789', 'DE123456789'],
    ['DK12345678', 'DK12345678'],
    ['EE123456789', 'EE123456789'],
    ['EL123456789', 'EL123456789'],
    ['ESX1234567X', 'ESX1234567X'],
    ['ES12345678Z', 'ES12345678Z'],
    ['FI12345678', 'FI12345678'],
    ['FR4A123456789', 'FR4A123456789'],
    ['FR12345678901', 'FR12345678901'],
    ['HR12345678901', 'HR12345678901'],
    ['HU12345678', 'HU12345678'],
    ['IE1234567T', 'IE1234567T'],
    ['IE1234567WA', 'IE1234567WA'],
    ['IE1X23456A', 'IE1X23456A'],
    ['IE1+23456A', 'IE1+23456A'],
    ['IE1*23456A', 'IE1*23456A'],
    ['IT12345678901', 'IT12345678901'],
    ['LT123456789', 'LT123456789'],
    ['LT123456789012', 'LT123456789012'],
    ['LU12345678', 'LU12345678'],
    ['LV12345678901', 'LV12345678901'],
    ['MT12345678', 'MT12345678'],
    ['nl123456789b01', 'NL123456789B01'],
    ['NL-1234.56.789.B01', 'NL123456789B01'],
    ['PL1234567890', 'PL1234567890'],
    ['PT123456789', 'PT123456789'],
    ['RO12', 'RO12'],
    ['RO1234567890', 'RO1234567890'],
    ['SE123456789001', 'SE123456789001'],
    ['SI12345678', 'SI12345678'],
    ['SK1234567890', 'SK1234567890'],
    ['XI123456789', 'XI123456789'],
    ['XI123456789012', 'XI123456789012'],
    ['XIGD123', 'XIGD123'],
    ['XIHA123', 'XIHA123'],
  ])('accepts %j as %j', (input, expected) => {
    expect(vatId.parse(input)).toBe(expected);
  });

  it.each([
    ['AT12345678', 'AT without U'],
    ['BE2123456789', 'BE must start with 0 or 1'],
    ['BG12345678', 'BG too short'],
    ['CY123456789', 'CY without the letter'],
    ['DE12345678', 'DE with 8 digits'],
    ['DE1234567890', 'DE with 10 digits'],
    ['GR123456789', 'Greece uses EL'],
    ['ES1234567', 'ES too short'],
    ['IE12345678', 'IE without letter'],
    ['LT1234567890', 'LT with 10 digits'],
    ['NL123456789A01', 'NL without B'],
    ['RO1', 'RO too short'],
    ['RO12345678901', 'RO too long'],
    ['SE1234567890', 'SE with 10 digits'],
    ['XIGD1234', 'XI GD with 4 digits'],
    ['GB123456789', 'GB is no longer an EU prefix'],
    ['US123456789', 'unknown country'],
    ['123456789', 'no prefix'],
    ['', 'empty'],
  ])('rejects %j (%s)', (input) => {
    const result = vatId.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(VAT_ID_MESSAGE);
  });
});

describe('uidChecksumValid', () => {
  // Check digits computed by hand: weights 5,4,3,2,7,6,5,4; e.g. 1,1,6,2,8,1,7,1 → 132, 132 mod 11 = 0,
  // 11 - 0 = 11 → check digit 0.
  it.each([
    ['CHE-116.281.710', true],
    ['CHE-116.281.711', false],
    ['CHE-123.456.788', true],
    ['CHE-123.456.789', false],
    ['CHE-123.456.789 MWST', false],
    ['che100000012', true],
    ['CHE-100.000.006 TVA', true],
    ['CHE-100.000.007', false],
    // 0,0,0,0,0,0,0,3 → 12, 12 mod 11 = 1 → check 10: no last digit can make this valid.
    ['CHE-000.000.030', false],
    ['CHE-000.000.039', false],
    ['DE123456789', true],
    ['not a uid', true],
    ['', true],
  ])('%j → %s', (input, expected) => {
    expect(uidChecksumValid(input)).toBe(expected);
  });

  it('still lets the API docs example through vatId although its checksum fails', () => {
    expect(uidChecksumValid('CHE-123.456.789')).toBe(false);
    expect(vatId.safeParse('CHE-123.456.789').success).toBe(true);
  });
});
