import { z } from 'zod';

/**
 * RIPE Database rules for the AS order (#34). The docs ask for the ORG-ID "as it appears in the
 * RIPE Database" and a name for the AS; RIPE refuses an as-name outside its syntax, so both rules
 * block a send. Conventions RIPE does not enforce only warn (asNameWarning).
 */

export const ORG_ID_EXAMPLE = 'ORG-EXA1-RIPE';

/** Why `input` is not a RIPE ORG-ID ("ORG-" + 2–4 letters + up to 6 digits + "-RIPE"), or null. */
export function orgIdIssue(input: string): string | null {
  const value = input.trim().toUpperCase();
  if (value === '') return `Enter the ORG-ID of the organisation, e.g. ${ORG_ID_EXAMPLE}`;
  if (!value.startsWith('ORG-')) return `An ORG-ID starts with ORG-, e.g. ${ORG_ID_EXAMPLE}`;
  const match = /^ORG-([A-Z0-9]*)-([A-Z0-9-]+)$/.exec(value);
  if (!match) return `An ORG-ID is ORG-, letters and digits, then -RIPE, e.g. ${ORG_ID_EXAMPLE}`;
  const [, handle = '', source = ''] = match;
  if (source !== 'RIPE') return `This ORG-ID is from ${source}; the RIPE Database’s end in -RIPE`;
  if (!/^[A-Z]{2,4}/.test(handle) || /^[A-Z]{5}/.test(handle)) {
    return `After ORG- come 2 to 4 letters (the organisation’s initials), e.g. ${ORG_ID_EXAMPLE}`;
  }
  if (!/^[A-Z]{2,4}(?:[1-9]\d{0,5})?$/.test(handle)) {
    return 'After the letters comes a number of up to 6 digits, not starting with 0';
  }
  return null;
}

export const AS_NAME_MAX = 80;

// RPSL (RFC 2622 §2) reserves these words, and these prefixes for set names.
const RESERVED_WORDS = new Set([
  'ANY',
  'AS-ANY',
  'RS-ANY',
  'PEERAS',
  'AND',
  'OR',
  'NOT',
  'ATOMIC',
  'FROM',
  'TO',
  'AT',
  'ACTION',
  'ACCEPT',
  'ANNOUNCE',
  'EXCEPT',
  'REFINE',
  'NETWORKS',
  'INTO',
  'INBOUND',
  'OUTBOUND',
]);
const RESERVED_PREFIXES: readonly [prefix: string, use: string][] = [
  ['AS-', 'AS sets'],
  ['RS-', 'route sets'],
  ['RTRS-', 'router sets'],
  ['FLTR-', 'filter sets'],
  ['PRNG-', 'peering sets'],
];

/** Why `input` is not a valid RIPE as-name, or null. */
export function asNameIssue(input: string): string | null {
  const value = input.trim();
  if (value === '') return 'Enter a name for the AS, e.g. BERGWERK-AS';
  if (value.length > AS_NAME_MAX) return `An AS name has at most ${AS_NAME_MAX} characters`;
  if (!/^[A-Za-z]/.test(value)) return 'An AS name starts with a letter';
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return 'Use only letters, digits, hyphens and underscores';
  if (!/[A-Za-z0-9]$/.test(value)) return 'An AS name ends with a letter or a digit';
  const upper = value.toUpperCase();
  if (RESERVED_WORDS.has(upper)) return `${upper} is a reserved word in the RIPE Database (RFC 2622)`;
  const reserved = RESERVED_PREFIXES.find(([prefix]) => upper.startsWith(prefix));
  if (reserved) {
    return `Names starting with ${reserved[0]} are reserved for ${reserved[1]} in the RIPE Database (RFC 2622)`;
  }
  return null;
}

/** Conventions RIPE does not enforce: a warning, never a block. */
export function asNameWarning(input: string): string | null {
  const value = input.trim();
  if (asNameIssue(value) !== null) return null;
  if (/^AS\d+$/i.test(value)) return 'This looks like an AS number; the name usually names the network';
  if (value !== value.toUpperCase())
    return `AS names are usually written in capitals: ${value.toUpperCase()}`;
  return null;
}

const fromIssue = (issue: (value: string) => string | null, normalise: (value: string) => string) =>
  z.string({ error: issue('') ?? 'Required' }).transform((value, ctx) => {
    const message = issue(value);
    if (message !== null) {
      ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    }
    return normalise(value);
  });

export const ripeOrgId = fromIssue(orgIdIssue, (v) => v.trim().toUpperCase());
/** Sent as typed (trimmed): RIPE keeps the case it is given. */
export const asName = fromIssue(asNameIssue, (v) => v.trim());
