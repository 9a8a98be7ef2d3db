import { z } from 'zod';

export const PUBLIC_IP_MESSAGE = 'Enter a public IPv4 or IPv6 address';

// Dotted quad without leading zeros: "010.0.0.1" is octal to some parsers and decimal to others.
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

function ipv4Octets(s: string): number[] {
  return s.split('.').map(Number);
}

function parseGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups = text.split(':');
  if (!groups.every((group) => HEX_GROUP.test(group))) return null;
  return groups.map((group) => Number.parseInt(group, 16));
}

/** Parses any RFC 4291 text form (with `::` and a trailing IPv4 part) into 8 16-bit words. */
export function parseIPv6(s: string): number[] | null {
  let text = s;
  const tail: number[] = [];
  if (text.includes('.')) {
    const lastColon = text.lastIndexOf(':');
    const v4 = text.slice(lastColon + 1);
    if (lastColon < 0 || !isIPv4(v4)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = ipv4Octets(v4);
    tail.push((a << 8) | b, (c << 8) | d);
    // Keep a "::" directly before the IPv4 part, drop a single separating colon.
    text = text.slice(0, lastColon + 1);
    text = text.endsWith('::') ? text : text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0] ?? '');
  if (head === null) return null;
  if (halves.length === 1) {
    const words = [...head, ...tail];
    return words.length === 8 ? words : null;
  }
  const rest = parseGroups(halves[1] ?? '');
  if (rest === null) return null;
  const known = [...head, ...rest, ...tail];
  // "::" stands for at least one group of zeros.
  if (known.length > 7) return null;
  return [...head, ...new Array<number>(8 - known.length).fill(0), ...rest, ...tail];
}

export function isIPv6(s: string): boolean {
  return parseIPv6(s) !== null;
}

type Range = readonly [base: number, prefix: number];

// IANA IPv4 special-purpose registry entries that are not globally reachable, plus multicast.
const NON_PUBLIC_V4: readonly Range[] = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10.0.0.0/8 private
  [0x64400000, 10], // 100.64.0.0/10 carrier-grade NAT
  [0x7f000000, 8], // 127.0.0.0/8 loopback
  [0xa9fe0000, 16], // 169.254.0.0/16 link-local
  [0xac100000, 12], // 172.16.0.0/12 private
  [0xc0000000, 24], // 192.0.0.0/24 IETF protocol assignments
  [0xc0000200, 24], // 192.0.2.0/24 TEST-NET-1
  [0xc0586300, 24], // 192.88.99.0/24 deprecated 6to4 relay anycast
  [0xc0a80000, 16], // 192.168.0.0/16 private
  [0xc6120000, 15], // 198.18.0.0/15 benchmarking
  [0xc6336400, 24], // 198.51.100.0/24 TEST-NET-2
  [0xcb007100, 24], // 203.0.113.0/24 TEST-NET-3
  [0xe0000000, 4], // 224.0.0.0/4 multicast
  [0xf0000000, 4], // 240.0.0.0/4 reserved, incl. 255.255.255.255
];

function inRange(value: number, [base, prefix]: Range): boolean {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return (value & mask) >>> 0 === base;
}

function isPublicIPv4(s: string): boolean {
  const value = ipv4Octets(s).reduce((total, octet) => total * 256 + octet, 0);
  return !NON_PUBLIC_V4.some((range) => inRange(value, range));
}

function isPublicIPv6(words: number[]): boolean {
  const [w0 = 0, w1 = 0, w2 = 0] = words;
  // Only 2000::/3 is allocated as global unicast; this excludes ::, ::1, IPv4-mapped,
  // NAT64, ULA fc00::/7, link-local fe80::/10 and multicast ff00::/8 in one go.
  if ((w0 & 0xe000) !== 0x2000) return false;
  if (w0 === 0x2001 && w1 === 0x0db8) return false; // 2001:db8::/32 documentation
  if (w0 === 0x3fff && w1 < 0x1000) return false; // 3fff::/20 documentation (RFC 9637)
  if (w0 === 0x2001 && w1 === 0x0002 && w2 === 0) return false; // 2001:2::/48 benchmarking
  return true;
}

export function isPublicIp(s: string): boolean {
  if (isIPv4(s)) return isPublicIPv4(s);
  const words = parseIPv6(s);
  return words !== null && isPublicIPv6(words);
}

export const publicIpAddress = z
  .string()
  .trim()
  .refine(isPublicIp, { message: PUBLIC_IP_MESSAGE })
  // Lower-case hex is the canonical IPv6 text form (RFC 5952); IPv4 is unaffected.
  .transform((value) => value.toLowerCase());
