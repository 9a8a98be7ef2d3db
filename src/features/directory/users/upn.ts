import { normaliseEmail } from '@/api/domain/identifiers';
import { i18n } from '@/i18n';

/** A user principal name is `local@suffix`; the form edits the two halves apart. */
export function splitUpn(upn: string | null | undefined): { local: string; suffix: string } {
  const value = upn?.trim() ?? '';
  const at = value.lastIndexOf('@');
  if (at < 0) return { local: value, suffix: '' };
  return { local: value.slice(0, at), suffix: value.slice(at + 1).toLowerCase() };
}

export function joinUpn(local: string, suffix: string): string {
  return `${local.trim()}@${suffix}`;
}

// Read when a UPN is checked or its rule shown, so the words follow the current language.
const messages = i18n('directory/upn', {
  rule: 'Letters a–z, digits and . _ - (no spaces, no umlauts), at most 64 characters',
  empty: 'Enter the part before the @',
  at: 'Type only the part before the @ and pick the suffix from the list',
  spaces: 'A user principal name cannot contain spaces',
  long: 'At most 64 characters before the @',
  dots: 'A dot cannot start or end the name or follow another dot',
  letters: 'Use letters a–z, digits and . _ - only (no umlauts or accents)',
});

/** What the part before the @ may hold, in the current language. */
export function upnLocalRule(): string {
  return messages.get().rule;
}

/**
 * Why `local` cannot stand before the @, or null. The rule is the catalogue's (an e-mail local
 * part, dot-atom form): the specific messages only say which part of it was missed.
 */
export function upnLocalPartIssue(local: string): string | null {
  const t = messages.get();
  const value = local.trim();
  if (value === '') return t.empty;
  if (value.includes('@')) return t.at;
  if (/\s/.test(value)) return t.spaces;
  if ([...value].length > 64) return t.long;
  if (value.startsWith('.') || value.endsWith('.') || value.includes('..')) {
    return t.dots;
  }
  if (normaliseEmail(`${value}@example.com`) === null) {
    return t.letters;
  }
  return null;
}

const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
};

/** "Jürg", "Müller-Lüdenscheidt" → "juerg.mueller-luedenscheidt": a starting point the user may edit. */
export function suggestLocalPart(firstname: string, lastname: string): string {
  const clean = (part: string) =>
    part
      .trim()
      .toLowerCase()
      .replace(/[äöüßæøå]/g, (ch) => TRANSLITERATION[ch] ?? ch)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/g, '-')
      .replace(/[^a-z0-9._-]/g, '')
      .replace(/^[.-]+|[.-]+$/g, '');
  return [clean(firstname), clean(lastname)]
    .filter(Boolean)
    .join('.')
    .replace(/\.{2,}/g, '.')
    .slice(0, 64);
}
