import { formatNumber, i18n, params } from '@/i18n';

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

// The pricing's product names and what they mean (the docs list them without explanation).
const messages = i18n('internet-domain/money', {
  asnTitle: 'AS number',
  asnExplanation: 'A provider-independent (PI) autonomous system number from the 32-bit range',
  ipv4Title: 'IPv4 /24',
  ipv4Explanation: 'A provider-aggregatable (PA) IPv4 network of 256 addresses, assigned from 4b42’s space',
  ipv6Title: 'IPv6 /48',
  // `subnets` is 65536 formatted for the language (Intl's group separators do not break a line).
  ipv6Explanation: params<{ subnets: string }>(
    'A provider-aggregatable (PA) IPv6 network of {subnets} /64 subnets, assigned from 4b42’s space',
  ),
  unexplained: 'Not explained by the API documentation',
});

type Texts = ReturnType<typeof messages.get>;
const PRODUCT_NAMES: Readonly<Record<string, (t: Texts) => { title: string; explanation: string }>> = {
  asn_pi_32bit: (t) => ({ title: t.asnTitle, explanation: t.asnExplanation }),
  ipv4_pa_24: (t) => ({ title: t.ipv4Title, explanation: t.ipv4Explanation }),
  ipv6_pa_48: (t) => ({
    title: t.ipv6Title,
    explanation: t.ipv6Explanation({ subnets: formatNumber(65_536) }),
  }),
};

/** A product's name and meaning in the current language; the API's own name when it is unknown. */
export function productName(name: string): { title: string; explanation: string } {
  const t = messages.get();
  const named = PRODUCT_NAMES[name];
  return named ? named(t) : { title: name, explanation: t.unexplained };
}
