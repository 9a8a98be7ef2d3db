import { intlLocale } from './locale-store';
import type { Locale } from './locales';

// Building an Intl formatter costs far more than formatting with one (a list's counts are
// formatted on every keystroke), so each locale and options pair is built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  options: object | undefined,
  build: (locale: string) => F,
  locale = intlLocale(),
): F {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = build(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

// A list formats the same counts on every keystroke ("1 667 of 10 000 customers"), and one Intl
// call costs tens of microseconds on a slow machine: each formatter keeps what it answered.
const answers = new WeakMap<Intl.NumberFormat | Intl.PluralRules, Map<number, string>>();

function remembered(
  formatter: Intl.NumberFormat | Intl.PluralRules,
  value: number,
  answer: () => string,
): string {
  let known = answers.get(formatter);
  if (!known) {
    known = new Map();
    answers.set(formatter, known);
  }
  let text = known.get(value);
  if (text === undefined) {
    // A session's counts are few, but nothing should grow without end.
    if (known.size >= 1000) known.clear();
    text = answer();
    known.set(value, text);
  }
  return text;
}

/**
 * A list's word for `n` of its rows, from the pair it gives (`['user', 'users']`): "1 user",
 * "3 users". Chosen by the language's plural rules, as `count()` messages are: French says
 * "0 client".
 */
export function nounFor(n: number, noun: readonly [one: string, many: string]): string {
  return pluralForm(n) === 'one' ? noun[0] : noun[1];
}

/** The plural form of `n` ("one", "other", …) in a language, the current one by default. */
export function pluralForm(n: number, language?: Locale): string {
  const rules = cached('plural', undefined, (locale) => new Intl.PluralRules(locale), intlLocale(language));
  return remembered(rules, n, () => rules.select(n));
}

/**
 * Dates and numbers in the current language's form. Callers in components also call
 * `useLocale()` (or `useMessages`), so they re-render when the language changes.
 */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions, language?: Locale): string {
  const formatter = cached(
    'number',
    options,
    (locale) => new Intl.NumberFormat(locale, options),
    intlLocale(language),
  );
  return remembered(formatter, value, () => formatter.format(value));
}

export function formatDateTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
  const resolved = options ?? { dateStyle: 'medium', timeStyle: 'medium' };
  return cached('date', resolved, (locale) => new Intl.DateTimeFormat(locale, resolved)).format(value);
}

export function formatTime(value: Date | number): string {
  const options: Intl.DateTimeFormatOptions = { timeStyle: 'medium', hourCycle: 'h23' };
  return cached('time', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(value);
}
