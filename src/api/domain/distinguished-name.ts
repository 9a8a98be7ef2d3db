export interface Rdn {
  type: string;
  value: string;
}

export type MemberKind = 'user' | 'group';

export interface DnDescription {
  /** The CN (or the first RDN's value), unescaped. */
  name: string;
  kind: MemberKind | 'other';
  /** OU values from the root down, e.g. ['Customers', '12345678', 'Users']. */
  ouPath: string[];
  customerNumber?: string;
}

// RFC 4514 §2.4 specials, plus "=" which Active Directory escapes as well.
const SPECIAL = new Set([',', '+', '"', '\\', '<', '>', ';', '=']);

/** Escapes an attribute value for use in a DN string. Non-ASCII (e.g. ü) is left as is, as AD does. */
export function escapeDnValue(value: string): string {
  const last = value.length - 1;
  let escaped = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value.charAt(i);
    if (ch === '\0') escaped += '\\00';
    else if (SPECIAL.has(ch)) escaped += `\\${ch}`;
    else if (i === 0 && (ch === ' ' || ch === '#')) escaped += `\\${ch}`;
    else if (i === last && ch === ' ') escaped += '\\ ';
    else escaped += ch;
  }
  return escaped;
}

const HEX_PAIR = /^[0-9a-f]{2}$/i;
const utf8 = new TextDecoder();

/** Reverses escapeDnValue; `\XX` hex escapes are collected and decoded as UTF-8 (\C3\BC → ü). */
export function unescapeDnValue(escaped: string): string {
  let result = '';
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) result += utf8.decode(new Uint8Array(bytes));
    bytes = [];
  };
  for (let i = 0; i < escaped.length; i += 1) {
    const ch = escaped.charAt(i);
    const pair = escaped.slice(i + 1, i + 3);
    if (ch === '\\' && HEX_PAIR.test(pair)) {
      bytes.push(Number.parseInt(pair, 16));
      i += 2;
      continue;
    }
    flush();
    if (ch === '\\' && i + 1 < escaped.length) {
      // Any other escaped character stands for itself (lenient towards over-escaping).
      result += escaped.charAt(i + 1);
      i += 1;
    } else {
      result += ch;
    }
  }
  flush();
  return result;
}

/** Splits at unescaped occurrences of `separator`, keeping escapes intact. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '\\') {
      current += text.slice(i, i + 2);
      i += 1;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Trims spaces around a raw value but keeps an escaped trailing space ("a\ "). */
function trimRawValue(raw: string): string {
  let end = raw.length;
  while (end > 0 && raw.charAt(end - 1) === ' ') {
    let backslashes = 0;
    while (end - 2 - backslashes >= 0 && raw.charAt(end - 2 - backslashes) === '\\') backslashes += 1;
    if (backslashes % 2 === 1) break;
    end -= 1;
  }
  return raw.slice(0, end).replace(/^ +/, '');
}

/**
 * Parses an RFC 4514 DN into its RDNs (leaf first), values unescaped. Multi-valued RDNs
 * ("CN=a+UID=b") are not split: AD does not use them for users and groups. Throws on an RDN
 * without "=".
 */
export function parseDn(dn: string): Rdn[] {
  if (dn.trim() === '') return [];
  return splitUnescaped(dn, ',').map((part) => {
    const equals = part.indexOf('=');
    const type = equals < 0 ? '' : part.slice(0, equals).trim();
    if (type === '') throw new Error(`Not a distinguished name: ${dn}`);
    return { type, value: unescapeDnValue(trimRawValue(part.slice(equals + 1))) };
  });
}

export function formatDn(rdns: readonly Rdn[]): string {
  return rdns.map(({ type, value }) => `${type}=${escapeDnValue(value)}`).join(',');
}

/** The DN the API expects for a customer's AD user or group. */
export function buildMemberDn(kind: MemberKind, name: string, customerNumber: string): string {
  return formatDn([
    { type: 'CN', value: name },
    { type: 'OU', value: kind === 'user' ? 'Users' : 'Groups' },
    { type: 'OU', value: customerNumber },
    { type: 'OU', value: 'Customers' },
    { type: 'DC', value: '4b42' },
    { type: 'DC', value: 'com' },
  ]);
}

/** Readable summary of a member DN; anything unparsable is shown whole as the name. */
export function describeDn(dn: string): DnDescription {
  let rdns: Rdn[];
  try {
    rdns = parseDn(dn);
  } catch {
    return { name: dn, kind: 'other', ouPath: [] };
  }
  const is = (rdn: Rdn | undefined, type: string) => rdn?.type.toUpperCase() === type;
  const name = rdns.find((rdn) => is(rdn, 'CN'))?.value ?? rdns[0]?.value ?? dn;
  const ousLeafFirst = rdns.filter((rdn) => is(rdn, 'OU')).map((rdn) => rdn.value);
  const parent = ousLeafFirst[0]?.toLowerCase();
  const kind = parent === 'users' ? 'user' : parent === 'groups' ? 'group' : 'other';
  const description: DnDescription = { name, kind, ouPath: [...ousLeafFirst].reverse() };
  // The customer's OU sits directly below OU=Customers.
  const customersAt = ousLeafFirst.findIndex((ou) => ou.toLowerCase() === 'customers');
  const customer = customersAt > 0 ? ousLeafFirst[customersAt - 1] : undefined;
  if (customer !== undefined && /^\d{8}$/.test(customer)) description.customerNumber = customer;
  return description;
}
