import { z } from 'zod';
import { i18n } from '@/i18n';
import { domainNameIssue, toAsciiDomain } from './domain-name';
import { isIPv4, isIPv6 } from './ip';

/** Why an identifier is not one: read `identifierMessages.get()` when the text is shown. */
export const identifierMessages = i18n('customer-domain/identifiers', {
  customerNumber: 'A customer number has 8 digits, e.g. 00000005',
  userId: 'A user id looks like 12345678_1234',
  emailAddress: 'Enter an e-mail address',
  hostmaster: 'Enter an e-mail address or the SOA form, e.g. hostmaster.example.com',
  httpUrl: 'Enter an http:// or https:// URL with a valid host name',
  numberish: 'Enter a number',
  booleanish: 'Expected yes or no',
});

type IdentifierMessage = keyof ReturnType<typeof identifierMessages.get>;

export const customerNumber = z
  .string()
  .trim()
  .regex(/^\d{8}$/, { error: () => identifierMessages.get().customerNumber });

export const userId = z
  .string()
  .trim()
  .regex(/^\d{8}_\d+$/, { error: () => identifierMessages.get().userId });

// Practical rather than RFC 5322: dot-atom local part (no quoted strings), at most 64 characters.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** Normalises local@domain (domain in lower-case ASCII form) or returns null when it is not one. */
export function normaliseEmail(input: string): string | null {
  const value = input.trim();
  const at = value.lastIndexOf('@');
  if (at < 1) return null;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || domainNameIssue(domain) !== null) return null;
  return `${local}@${toAsciiDomain(domain)}`;
}

const refineTo = (normalise: (value: string) => string | null, message: IdentifierMessage) =>
  z.string().transform((value, ctx) => {
    const normalised = normalise(value);
    if (normalised === null) {
      ctx.issues.push({ code: 'custom', message: identifierMessages.get()[message], input: value });
      return z.NEVER;
    }
    return normalised;
  });

export const emailAddress = refineTo(normaliseEmail, 'emailAddress');

// The SOA RNAME field is a mailbox written as a domain name (RFC 1035: hostmaster.example.com means
// hostmaster@example.com) and the API docs show it that way, while people naturally type an e-mail
// address. Both are accepted and kept in the form given (domain part in lower-case ASCII); the SOA
// form needs a mailbox label plus a domain of at least two labels. Mailboxes with a dot in the local
// part (escaped as "\." in SOA form) can only be entered as e-mail addresses.
export const hostmaster = refineTo((input) => {
  const value = input.trim();
  if (value.includes('@')) return normaliseEmail(value);
  if (domainNameIssue(value) !== null) return null;
  const ascii = toAsciiDomain(value);
  return ascii.split('.').length >= 3 ? ascii : null;
}, 'hostmaster');

// The host is checked as typed: the URL parser would turn "http://1.2.3" into 1.2.0.3.
function rawHostValid(url: string): boolean {
  const authority = url.replace(/^https?:\/\//i, '').split(/[/?#]/, 1)[0] ?? '';
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostAndPort.startsWith('[')) {
    const match = /^\[([^\]]+)\](?::\d*)?$/.exec(hostAndPort);
    return match !== null && isIPv6(match[1] ?? '');
  }
  const host = hostAndPort.replace(/:\d*$/, '');
  return isIPv4(host) || domainNameIssue(host) === null;
}

function parsesAsUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** http(s) URL whose host is a full domain name or an IP literal; returned trimmed, otherwise as typed. */
export const httpUrl = refineTo((input) => {
  const value = input.trim();
  // Demand the "//" ourselves: the URL parser would silently accept "http:example.com".
  if (!/^https?:\/\//i.test(value) || !parsesAsUrl(value)) return null;
  return rawHostValid(value) ? value : null;
}, 'httpUrl');

// The API sends numbers as strings ("172800"); forms may hand over either.
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export const numberish = z
  .union([z.number(), z.string()], { error: () => identifierMessages.get().numberish })
  .transform((value, ctx) => {
    if (typeof value === 'number') return value;
    const trimmed = value.trim();
    if (!NUMERIC.test(trimmed)) {
      ctx.issues.push({ code: 'custom', message: identifierMessages.get().numberish, input: value });
      return z.NEVER;
    }
    return Number(trimmed);
  });

const TRUE_WORDS = new Set(['1', 'true', 'yes']);
const FALSE_WORDS = new Set(['0', 'false', 'no']);

// The API encodes flags as "0"/"1", 0/1 or "yes"/"no" depending on the endpoint.
export const booleanish = z
  .union([z.boolean(), z.number(), z.string()], { error: () => identifierMessages.get().booleanish })
  .transform((value, ctx) => {
    if (typeof value === 'boolean') return value;
    const word = String(value).trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    ctx.issues.push({ code: 'custom', message: identifierMessages.get().booleanish, input: value });
    return z.NEVER;
  });
