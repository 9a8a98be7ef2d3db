// Dotted quad without leading zeros: "010.0.0.1" is octal to some parsers and decimal to others.
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

export function ipv4Octets(s: string): number[] {
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
