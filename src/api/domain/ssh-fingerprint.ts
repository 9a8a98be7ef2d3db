/**
 * The SSH tool (#41) sends a host key fingerprint as bare hex ("4B42D482…"). People compare it
 * with what `ssh-keygen -l -E md5` prints: lower-case byte pairs separated by colons.
 */
export interface FormattedFingerprint {
  /** `4b:42:d4:…`, or the value as sent when it is not hex. */
  text: string;
  /** MD5 for 16 bytes, SHA-256 for 32; null when unknown. */
  algorithm: 'MD5' | 'SHA256' | null;
}

const HEX = /^(?:[0-9a-f]{2})+$/i;

function bareHex(raw: string): string | null {
  const value = raw.trim().replace(/^md5:/i, '');
  const compact = value.includes(':') ? value.replace(/:/g, '') : value;
  return HEX.test(compact) ? compact.toLowerCase() : null;
}

export function formatFingerprint(raw: string): FormattedFingerprint {
  const value = raw.trim();
  if (/^sha256:/i.test(value)) return { text: `SHA256:${value.slice(7)}`, algorithm: 'SHA256' };
  const hex = bareHex(value);
  if (!hex) return { text: value, algorithm: null };
  const algorithm = hex.length === 32 ? 'MD5' : hex.length === 64 ? 'SHA256' : null;
  return { text: hex.match(/../g)?.join(':') ?? hex, algorithm };
}

/** Same key, however it was written (case, colons, an "MD5:" label). */
export function sameFingerprint(a: string, b: string): boolean {
  return formatFingerprint(a).text === formatFingerprint(b).text;
}
