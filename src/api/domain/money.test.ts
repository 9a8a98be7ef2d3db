import { describe, expect, it } from 'vitest';
import { formatMoney, isCurrency, productName } from './money';

// Intl's spaces and digit-group marks differ between ICU builds; compare on plain ones.
const plain = (text: string | null) => text?.replace(/\s/g, ' ').replace(/’/g, "'");

describe('formatMoney', () => {
  it.each([
    ['100.00000', 'CHF', 'CHF 100.00'],
    ['15.00000', 'CHF', 'CHF 15.00'],
    ['0.00000', 'CHF', 'CHF 0.00'],
    ['1234.5', 'CHF', "CHF 1'234.50"],
    [300, 'EUR', 'EUR 300.00'],
  ] as const)('%j in %s → %j', (value, currency, text) => {
    expect(plain(formatMoney(value, currency))).toBe(text);
  });

  it.each(['', 'free', '1,00', '1e3'])('%j is not a price', (value) => {
    expect(formatMoney(value, 'CHF')).toBeNull();
  });

  it('knows its currencies', () => {
    expect(isCurrency('CHF')).toBe(true);
    expect(isCurrency('chf')).toBe(false);
  });
});

describe('product names', () => {
  it.each([
    ['asn_pi_32bit', 'AS number', /provider-independent.*32-bit/],
    ['ipv4_pa_24', 'IPv4 /24', /provider-aggregatable.*256 addresses/],
    ['ipv6_pa_48', 'IPv6 /48', /provider-aggregatable/],
    ['colo_rack', 'colo_rack', /Not explained/],
  ])('%s is %j', (name, title, explanation) => {
    expect(productName(name).title).toBe(title);
    expect(productName(name).explanation).toMatch(explanation);
  });
});
