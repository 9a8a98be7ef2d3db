/** The console's languages. English is the source: every message is written in it first. */
export const LOCALES = ['en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** Each language named in itself, so a reader of any one of them finds their own. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

export function isBaseLocale(locale: Locale) {
  return locale === BASE_LOCALE;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The stored choice, else the first of the browser's languages the console speaks. A region is
 * matched by its language ("de-CH" → de), which nanostores' own `browser()` does not do.
 */
export function pickLocale(stored: string | null, languages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return BASE_LOCALE;
}

/**
 * The tag Intl formats with: the browser's own when it names the chosen language (a reader in
 * Germany gets "1.234,50"), else that language as written in Switzerland, where 4b42 is.
 */
export function formattingTag(locale: Locale, languages: readonly string[]): string {
  const own = languages.find((tag) => tag.toLowerCase().split('-')[0] === locale && tag.includes('-'));
  return own ?? `${locale}-CH`;
}
