import { z } from 'zod';
import { i18n, params } from '@/i18n';

/**
 * RIPE Database rules for the AS order (#34). The docs ask for the ORG-ID "as it appears in the
 * RIPE Database" and a name for the AS; RIPE refuses an as-name outside its syntax, so both rules
 * block a send. Conventions RIPE does not enforce only warn (asNameWarning).
 */

export const ORG_ID_EXAMPLE = 'ORG-EXA1-RIPE';

// Read at the time of a check, so each reason is in the current language.
const messages = i18n('internet-domain/ripe', {
  orgIdEmpty: params<{ example: string }>('Enter the ORG-ID of the organisation, e.g. {example}'),
  orgIdPrefix: params<{ example: string }>('An ORG-ID starts with ORG-, e.g. {example}'),
  orgIdShape: params<{ example: string }>(
    'An ORG-ID is ORG-, letters and digits, then -RIPE, e.g. {example}',
  ),
  orgIdSource: params<{ source: string }>('This ORG-ID is from {source}; the RIPE Database’s end in -RIPE'),
  orgIdLetters: params<{ example: string }>(
    'After ORG- come 2 to 4 letters (the organisation’s initials), e.g. {example}',
  ),
  orgIdNumber: 'After the letters comes a number of up to 6 digits, not starting with 0',
  asNameEmpty: params<{ example: string }>('Enter a name for the AS, e.g. {example}'),
  asNameLength: params<{ max: number }>('An AS name has at most {max} characters'),
  asNameStart: 'An AS name starts with a letter',
  asNameCharacters: 'Use only letters, digits, hyphens and underscores',
  asNameEnd: 'An AS name ends with a letter or a digit',
  reservedWord: params<{ word: string }>('{word} is a reserved word in the RIPE Database (RFC 2622)'),
  reservedPrefix: params<{ prefix: string; use: string }>(
    'Names starting with {prefix} are reserved for {use} in the RIPE Database (RFC 2622)',
  ),
  asSets: 'AS sets',
  routeSets: 'route sets',
  routerSets: 'router sets',
  filterSets: 'filter sets',
  peeringSets: 'peering sets',
  looksLikeNumber: 'This looks like an AS number; the name usually names the network',
  capitals: params<{ name: string }>('AS names are usually written in capitals: {name}'),
});

/** Why `input` is not a RIPE ORG-ID ("ORG-" + 2–4 letters + up to 6 digits + "-RIPE"), or null. */
export function orgIdIssue(input: string): string | null {
  const t = messages.get();
  const example = { example: ORG_ID_EXAMPLE };
  const value = input.trim().toUpperCase();
  if (value === '') return t.orgIdEmpty(example);
  if (!value.startsWith('ORG-')) return t.orgIdPrefix(example);
  const match = /^ORG-([A-Z0-9]*)-([A-Z0-9-]+)$/.exec(value);
  if (!match) return t.orgIdShape(example);
  const [, handle = '', source = ''] = match;
  if (source !== 'RIPE') return t.orgIdSource({ source });
  if (!/^[A-Z]{2,4}/.test(handle) || /^[A-Z]{5}/.test(handle)) return t.orgIdLetters(example);
  if (!/^[A-Z]{2,4}(?:[1-9]\d{0,5})?$/.test(handle)) return t.orgIdNumber;
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
const RESERVED_PREFIXES = [
  ['AS-', 'asSets'],
  ['RS-', 'routeSets'],
  ['RTRS-', 'routerSets'],
  ['FLTR-', 'filterSets'],
  ['PRNG-', 'peeringSets'],
] as const;

/** Why `input` is not a valid RIPE as-name, or null. */
export function asNameIssue(input: string): string | null {
  const t = messages.get();
  const value = input.trim();
  if (value === '') return t.asNameEmpty({ example: 'BERGWERK-AS' });
  if (value.length > AS_NAME_MAX) return t.asNameLength({ max: AS_NAME_MAX });
  if (!/^[A-Za-z]/.test(value)) return t.asNameStart;
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return t.asNameCharacters;
  if (!/[A-Za-z0-9]$/.test(value)) return t.asNameEnd;
  const upper = value.toUpperCase();
  if (RESERVED_WORDS.has(upper)) return t.reservedWord({ word: upper });
  const reserved = RESERVED_PREFIXES.find(([prefix]) => upper.startsWith(prefix));
  if (reserved) return t.reservedPrefix({ prefix: reserved[0], use: t[reserved[1]] });
  return null;
}

/** Conventions RIPE does not enforce: a warning, never a block. */
export function asNameWarning(input: string): string | null {
  const value = input.trim();
  if (asNameIssue(value) !== null) return null;
  if (/^AS\d+$/i.test(value)) return messages.get().looksLikeNumber;
  if (value !== value.toUpperCase()) return messages.get().capitals({ name: value.toUpperCase() });
  return null;
}

const fromIssue = (issue: (value: string) => string | null, normalise: (value: string) => string) =>
  // A function: the reason is read when the check runs, in the language of that moment.
  z.string({ error: () => issue('') ?? undefined }).transform((value, ctx) => {
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
