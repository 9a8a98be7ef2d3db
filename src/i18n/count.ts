import { type count as libraryCount, strings, transform } from '@nanostores/i18n';
import { intlLocale } from './locale-store';
import type { Locale } from './locales';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const once = <T>(map: Map<string, T>, key: string, make: () => T): T => {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
};

/**
 * nanostores' `count` (`{ one: '{count} user', other: '{count} users' }`), with the number written
 * as the language writes it: "10,000 users", "10’000 Benutzer", "10 000 utilisateurs". The library
 * put the bare number in ("Delete 10000 users?" above a button saying "Delete 10,000 users").
 */
export const count = transform((locale: string, translation: unknown, num: number) => {
  const forms = translation as Record<string, string>;
  let form: string = once(pluralRules, locale, () => new Intl.PluralRules(locale)).select(num);
  if (!(form in forms)) form = 'other' in forms ? 'other' : 'many';
  const tag = intlLocale(locale as Locale);
  const written = once(numberFormats, tag, () => new Intl.NumberFormat(tag)).format(num);
  return strings(forms[form] as string, (text: string) => text.replace(/\{count\}/g, written));
}) as typeof libraryCount;
