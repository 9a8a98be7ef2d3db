import { z } from 'zod';
import { i18n } from '@/i18n';
import { isIPv4, isIPv6 } from './ip';

const messages = i18n('internet-domain/abuse-resource', {
  expected: 'Enter an IP address (193.33.95.1), a prefix (193.33.95.0/24) or an AS number (AS58057)',
});

/** What an abuse lookup takes, in the current language. */
export function abuseResourceMessage(): string {
  return messages.get().expected;
}

export type AbuseResource =
  | { kind: 'ip'; value: string }
  | { kind: 'prefix'; value: string; address: string; length: number }
  | { kind: 'asn'; value: string; asn: number };

const MAX_ASN = 4_294_967_295;

/**
 * Reads the resource of the abuse endpoints (#39, #40): an IP address, a prefix or an AS number
 * (AS64500 or 64500). Normalised so the same resource always reads the same: `AS64500`,
 * lower-case IPv6, the prefix length without leading zeros. Null when it is none of these.
 */
export function parseAbuseResource(input: string): AbuseResource | null {
  const value = input.trim();
  const asn = /^(?:as)?(\d{1,10})$/i.exec(value);
  if (asn) {
    const number = Number(asn[1]);
    return number <= MAX_ASN ? { kind: 'asn', value: `AS${number}`, asn: number } : null;
  }
  const [rawAddress = '', prefix, extra] = value.split('/');
  const address = rawAddress.toLowerCase();
  const max = isIPv4(address) ? 32 : isIPv6(address) ? 128 : -1;
  if (max < 0 || extra !== undefined) return null;
  if (prefix === undefined) return { kind: 'ip', value: address };
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return null;
  const length = Number(prefix);
  return { kind: 'prefix', value: `${address}/${length}`, address, length };
}

/** `abuse-193.33.95.0-24.pdf`: "/" and ":" are not allowed in file names everywhere. */
export function abuseReportFileName(resource: string): string {
  const value = parseAbuseResource(resource)?.value ?? resource.trim();
  return `abuse-${value
    .replace(/\//g, '-')
    .replace(/:/g, '_')
    .replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;
}

export const abuseResource = z.string({ error: abuseResourceMessage }).transform((value, ctx) => {
  const parsed = parseAbuseResource(value);
  if (!parsed) {
    ctx.issues.push({ code: 'custom', message: abuseResourceMessage(), input: value });
    return z.NEVER;
  }
  return parsed.value;
});
