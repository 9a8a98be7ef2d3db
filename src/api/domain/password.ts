import { i18n, params } from '@/i18n';
import { randomInt } from './random-int';

export const PASSWORD_MIN_LENGTH = 12;

// Read when a password is checked, so the words follow the current language.
const messages = i18n('directory-domain/password', {
  rule: 'At least 12 characters with upper- and lower-case letters, a digit and a symbol',
  length: params<{ min: number }>('Use at least {min} characters'),
  upper: 'Add an upper-case letter',
  lower: 'Add a lower-case letter',
  digit: 'Add a digit',
  symbol: 'Add a symbol, e.g. ! or %',
});

/** The password rule, in the current language. */
export function passwordRule(): string {
  return messages.get().rule;
}

/** Returns what the password still lacks, in the current language, or null when it meets the rule. */
export function passwordIssue(pw: string): string | null {
  const t = messages.get();
  if ([...pw].length < PASSWORD_MIN_LENGTH) return t.length({ min: PASSWORD_MIN_LENGTH });
  if (!/\p{Lu}/u.test(pw)) return t.upper;
  if (!/\p{Ll}/u.test(pw)) return t.lower;
  if (!/\p{Nd}/u.test(pw)) return t.digit;
  if (!/[^\p{L}\p{N}\s]/u.test(pw)) return t.symbol;
  return null;
}

// No look-alikes (0 O o 1 l I) so a password can be read out or retyped, and no characters that
// break shell quoting or need escaping in DN strings (" ' ` \ , ; < > + = # $ & | ( ) [ ] { } ! *).
export const PASSWORD_CLASSES = [
  'ABCDEFGHJKLMNPQRSTUVWXYZ',
  'abcdefghijkmnpqrstuvwxyz',
  '23456789',
  '%-./:?@^_~',
] as const;

const ALL = PASSWORD_CLASSES.join('');

const pick = (alphabet: string): string => alphabet.charAt(randomInt(alphabet.length));

/** Random password meeting the rule, with at least one character of every class. */
export function generatePassword(length = 20): string {
  if (!Number.isInteger(length) || length < PASSWORD_MIN_LENGTH || length > 256) {
    throw new RangeError(`Password length must be ${PASSWORD_MIN_LENGTH}–256, got ${length}`);
  }
  const chars = PASSWORD_CLASSES.map(pick);
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher–Yates, so the guaranteed characters are not always in front.
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}
