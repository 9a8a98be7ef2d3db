import { type count as libraryCount, strings, transform } from '@nanostores/i18n';
import { formatNumber, pluralForm } from './format';
import type { Locale } from './locales';

/**
 * nanostores' `count` (`{ one: '{count} user', other: '{count} users' }`), with the number written
 * as the language writes it: "10,000 users", "10’000 Benutzer", "10 000 utilisateurs". The library
 * put the bare number in ("Delete 10000 users?" above a button saying "Delete 10,000 users").
 * In the language the message is read in (`inEnglish` reads English whatever the console's).
 */
export const count = transform((locale: string, translation: unknown, num: number) => {
  const forms = translation as Record<string, string>;
  let form = pluralForm(num, locale as Locale);
  if (!(form in forms)) form = 'other' in forms ? 'other' : 'many';
  const written = formatNumber(num, undefined, locale as Locale);
  return strings(forms[form] as string, (text: string) => text.replace(/\{count\}/g, written));
}) as typeof libraryCount;
