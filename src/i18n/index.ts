export { count } from './count';
export { inEnglish } from './english';
export { formatDateTime, formatNumber, formatTime, nounFor } from './format';
export { i18n, prepareLocale, setLocale } from './i18n';
export { intlLocale, localeStore } from './locale-store';
export { LOCALE_NAMES, LOCALES, type Locale } from './locales';
export { params } from './params';
export { useLocale, useMessages } from './use-messages';
