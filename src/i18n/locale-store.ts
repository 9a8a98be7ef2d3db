import { atom } from 'nanostores';
import { formattingTag, type Locale, pickLocale } from './locales';

export const LOCALE_STORAGE_KEY = '4b42.locale';

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language the console speaks now. Set it through `setLocale` (i18n.ts), which loads first. */
export const localeStore = atom<Locale>(pickLocale(storedLocale(), browserLanguages()));

/** The Intl tag for dates, numbers and money in the current language. */
export function intlLocale(locale: Locale = localeStore.get()): string {
  return formattingTag(locale, browserLanguages());
}

/** Remembers an explicit choice; choosing the browser's own language forgets it again. */
export function rememberLocale(locale: Locale) {
  try {
    if (locale === pickLocale(null, browserLanguages())) localStorage.removeItem(LOCALE_STORAGE_KEY);
    else localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page.
  }
}
