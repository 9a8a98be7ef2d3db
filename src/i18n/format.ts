import { intlLocale } from './locale-store';

/**
 * Dates and numbers in the current language's form. Callers in components also call
 * `useLocale()` (or `useMessages`), so they re-render when the language changes.
 */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), options).format(value);
}

export function formatDateTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(
    intlLocale(),
    options ?? { dateStyle: 'medium', timeStyle: 'medium' },
  ).format(value);
}

export function formatTime(value: Date | number): string {
  return new Intl.DateTimeFormat(intlLocale(), { timeStyle: 'medium', hourCycle: 'h23' }).format(value);
}
