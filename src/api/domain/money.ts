/**
 * Prices arrive as decimal strings ("100.00000") without a currency (#33). They are shown as money
 * in a currency the user chooses (default CHF, the provider being Swiss); the number is never
 * rounded through floating point beyond what Intl displays.
 */
export const DEFAULT_CURRENCY = 'CHF';
export const CURRENCIES = ['CHF', 'EUR', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

const DECIMAL = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/** "100.00000" → "CHF 100.00" (in the locale's form); null when the string is not a decimal. */
export function formatMoney(decimal: string | number, currency: Currency, locale = 'de-CH'): string | null {
  const text = String(decimal);
  if (!DECIMAL.test(text)) return null;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(text));
}

/** What the pricing's product names mean (the docs list them without explanation). */
export const PRODUCT_NAMES: Readonly<Record<string, { title: string; explanation: string }>> = {
  asn_pi_32bit: {
    title: 'AS number',
    explanation: 'A provider-independent (PI) autonomous system number from the 32-bit range',
  },
  ipv4_pa_24: {
    title: 'IPv4 /24',
    explanation: 'A provider-aggregatable (PA) IPv4 network of 256 addresses, assigned from 4b42’s space',
  },
  ipv6_pa_48: {
    title: 'IPv6 /48',
    explanation:
      'A provider-aggregatable (PA) IPv6 network of 65 536 /64 subnets, assigned from 4b42’s space',
  },
};

export function productName(name: string): { title: string; explanation: string } {
  return PRODUCT_NAMES[name] ?? { title: name, explanation: 'Not explained by the API documentation' };
}
