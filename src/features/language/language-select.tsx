import { cx } from '@/features/ui/class-names';
import { i18n, LOCALE_NAMES, LOCALES, type Locale, setLocale, useLocale, useMessages } from '@/i18n';

const messages = i18n('language/select', {
  label: 'Language',
});

/**
 * The console's language: a native select, so it works by keyboard and screen reader as the
 * platform does. Each language is named in itself. Switching loads its catalogue first.
 */
export function LanguageSelect({ className }: { className?: string }) {
  const t = useMessages(messages);
  const locale = useLocale();
  return (
    <select
      aria-label={t.label}
      title={t.label}
      value={locale}
      onChange={(event) => void setLocale(event.target.value as Locale)}
      className={cx(
        'h-8 shrink-0 rounded-md border border-slate-300 bg-white px-1.5 text-xs text-slate-700',
        'focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200',
        className,
      )}
    >
      {LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LOCALE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
