import { createI18n, type Messages, type Translations } from '@nanostores/i18n';
import { loadCatalogue } from './catalogues/load-catalogue';
import { englishOf, readingEnglish } from './english';
import { localeStore, rememberLocale } from './locale-store';
import { isBaseLocale, type Locale } from './locales';

/**
 * Declares a namespace of messages, English text first:
 * `const messages = i18n('dns/zone-list', { title: 'DNS zones', count: count({ one: …, other: … }) })`.
 * German and French come from `catalogues/<language>/<area>.json`, loaded whole on demand.
 */
const define = createI18n(localeStore, { get: loadCatalogue });

/* @__NO_SIDE_EFFECTS__ */
function declare<Body extends Translations>(name: string, base: Body): Messages<Body> {
  const messages = define(name, base);
  const current = messages.get;
  let english: Body | undefined;
  let watched = false;
  messages.get = () => {
    // Inside `inEnglish` every read answers in English, without switching the console's language.
    if (readingEnglish()) {
      english ??= englishOf(base);
      return english;
    }
    // Unwatched, a nanostores read mounts the store and sets a timer to unmount it, on every read:
    // a list naming each row's checkbox set a few dozen timers per keystroke. Watched from the first
    // read on, a read is a field access (and the namespace follows every change of language).
    if (!watched) {
      watched = true;
      messages.listen(() => {});
    }
    return current();
  };
  return messages;
}

export const i18n: typeof define = Object.assign(declare, { cache: define.cache, loading: define.loading });

// The demo build lets the end-to-end language sweep compare what a page shows with the catalogue.
// (Optional chaining: end-to-end specs import modules that reach this one, outside vite.)
if (import.meta.env?.VITE_DEMO === 'true') Object.assign(globalThis, { __4b42I18n: i18n });

function applyToDocument(locale: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Loads the language's catalogue, then switches: every page changes at once, with no English flash. */
export async function setLocale(locale: Locale) {
  if (!isBaseLocale(locale) && !i18n.cache[locale])
    i18n.cache[locale] = (await loadCatalogue(locale)) as never;
  rememberLocale(locale);
  applyToDocument(locale);
  localeStore.set(locale);
}

/** Before the first render: the chosen language's catalogue is in place, so nothing paints in English first. */
export async function prepareLocale() {
  const locale = localeStore.get();
  applyToDocument(locale);
  if (!isBaseLocale(locale) && !i18n.cache[locale])
    i18n.cache[locale] = (await loadCatalogue(locale)) as never;
}
