import type { ComponentsJSON } from '@nanostores/i18n';
import type { Locale } from '../locales';

/**
 * A language's whole catalogue, one chunk per language: every area's file merged. English is
 * the messages' own text, written where they are used, so it loads nothing.
 */
export async function loadCatalogue(locale: Locale): Promise<ComponentsJSON> {
  switch (locale) {
    case 'de':
      return (await import('./de')).default;
    case 'fr':
      return (await import('./fr')).default;
    default:
      return {};
  }
}
