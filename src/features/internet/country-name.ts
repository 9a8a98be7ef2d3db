import { countryName } from '@/api/domain/countries';
import { intlLocale, localeStore } from '@/i18n';

// One formatter per Intl tag: building one per cell would be slow in a long list.
const formatters = new Map<string, Intl.DisplayNames>();

/**
 * An ISO 3166-1 code's name in the current language: the ISO English short name in English (as
 * the domain rules list it), the browser's own name for the region in German and French.
 */
export function localCountryName(code: string): string | undefined {
  const english = countryName(code);
  if (!english || localeStore.get() === 'en') return english;
  const tag = intlLocale();
  let names = formatters.get(tag);
  if (!names) {
    names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
    formatters.set(tag, names);
  }
  return names.of(code.toUpperCase()) ?? english;
}

/** "Germany (DE)" in the current language; the code as sent when it is no known country. */
export function countryLabel(code: string | null | undefined): string {
  if (!code) return '';
  const name = localCountryName(code);
  return name ? `${name} (${code.toUpperCase()})` : code;
}
