import { atom } from 'nanostores';
import { formattingTag, type Locale, pickLocale } from './locales';

export const LOCALE_STORAGE_KEY = '4b42.locale';

function readBrowserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

// Read once and again on a change: reading `navigator.languages` costs more than formatting a
// number, and a list formats its counts on every keystroke.
let browserLanguageList = readBrowserLanguages();
const tags = new Map<Locale, string>();
if (typeof window !== 'undefined')
  window.addEventListener('languagechange', () => {
    browserLanguageList = readBrowserLanguages();
    tags.clear();
  });

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language the console speaks now. Set it through `setLocale` (i18n.ts), which loads first. */
export const localeStore = atom<Locale>(pickLocale(storedLocale(), browserLanguageList));

/** The Intl tag for dates, numbers and money in the current language. */
export function intlLocale(locale: Locale = localeStore.get()): string {
  let tag = tags.get(locale);
  if (tag === undefined) {
    tag = formattingTag(locale, browserLanguageList);
    tags.set(locale, tag);
  }
  return tag;
}

/** Remembers an explicit choice; choosing the browser's own language forgets it again. */
export function rememberLocale(locale: Locale) {
  try {
    if (locale === pickLocale(null, browserLanguageList)) localStorage.removeItem(LOCALE_STORAGE_KEY);
    else localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page.
  }
}
