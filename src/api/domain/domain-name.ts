import punycode from 'punycode/punycode.js';
import { z } from 'zod';
import { i18n } from '@/i18n';
import { isIPv4, isIPv6 } from './ip';

/** Why a domain name or host is invalid: read `domainNameMessages.get()` when the text is shown. */
export const domainNameMessages = i18n('customer-domain/domain-name', {
  empty: 'Enter a domain name',
  tooLong: 'A domain name may have at most 253 characters',
  singleLabel: 'Enter a full domain name with at least two labels, e.g. example.com',
  emptyLabel: 'A domain name may not contain empty labels (two dots in a row)',
  labelTooLong: 'Each label may have at most 63 characters',
  characters: 'Use only letters, digits and hyphens between the dots',
  hyphen: 'A label may not start or end with a hyphen',
  numericTld: 'The top-level domain may not consist of digits only',
  host: 'Enter a domain name or an IPv4/IPv6 address',
});

/** Trimmed, lower-case, without a trailing root dot, internationalised labels as xn--. */
export function toAsciiDomain(input: string): string {
  // NFC first: a "ü" typed as u + combining diaeresis must encode like the precomposed one.
  const lowered = input.trim().normalize('NFC').toLowerCase();
  const withoutRoot = lowered.endsWith('.') ? lowered.slice(0, -1) : lowered;
  try {
    return punycode.toASCII(withoutRoot);
  } catch {
    // Overflow on absurd input: leave it as is, domainNameIssue reports the characters.
    return withoutRoot;
  }
}

/** For display: xn-- labels back to Unicode. */
export function toUnicodeDomain(ascii: string): string {
  try {
    return punycode.toUnicode(ascii);
  } catch {
    return ascii;
  }
}

/** "bücher.ch (xn--bcher-kva.ch)": people read the Unicode form, the API names the ASCII one. */
export function domainLabel(ascii: string): string {
  const unicode = toUnicodeDomain(ascii);
  return unicode === ascii ? ascii : `${unicode} (${ascii})`;
}

/** An e-mail address with an xn-- domain in Unicode, for reading ("hostmaster@zürich.ch"). */
export function emailForReading(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : `${email.slice(0, at)}@${toUnicodeDomain(email.slice(at + 1))}`;
}

const LABEL_CHARACTERS = /^[a-z0-9-]+$/;

/** Returns why `input` is not a valid host name (checked on its ASCII form), or null. */
export function domainNameIssue(input: string): string | null {
  const t = domainNameMessages.get();
  const ascii = toAsciiDomain(input);
  if (ascii === '') return t.empty;
  if (ascii.length > 253) return t.tooLong;
  const labels = ascii.split('.');
  if (labels.length < 2) return t.singleLabel;
  for (const label of labels) {
    if (label === '') return t.emptyLabel;
    if (label.length > 63) return t.labelTooLong;
    if (!LABEL_CHARACTERS.test(label)) return t.characters;
    if (label.startsWith('-') || label.endsWith('-')) return t.hyphen;
  }
  // An all-numeric TLD would make "1.2.3.4"-like strings ambiguous with IPv4 literals.
  if (/^\d+$/.test(labels.at(-1) ?? '')) return t.numericTld;
  return null;
}

export const domainName = z.string().transform((value, ctx) => {
  const issue = domainNameIssue(value);
  if (issue !== null) {
    ctx.issues.push({ code: 'custom', message: issue, input: value });
    return z.NEVER;
  }
  return toAsciiDomain(value);
});

/** A host as typed in server settings: domain name (ASCII form) or IP literal (IPv6 lower-cased). */
export const fqdnOrIp = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  if (isIPv4(trimmed) || isIPv6(trimmed)) return trimmed.toLowerCase();
  // Colons or digits-and-dots only mean an attempted IP literal: the domain rules would mislead.
  const ipLike = trimmed.includes(':') || /^[\d.]+$/.test(trimmed);
  const issue = ipLike ? domainNameMessages.get().host : domainNameIssue(trimmed);
  if (issue !== null) {
    ctx.issues.push({ code: 'custom', message: issue, input: value });
    return z.NEVER;
  }
  return toAsciiDomain(trimmed);
});
