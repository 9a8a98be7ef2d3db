import { type ReactNode, useId } from 'react';
import { cx } from '@/features/ui/class-names';
import { Icon } from '@/features/ui/icon';
import { i18n, params, useMessages } from '@/i18n';
import { setThemePreference, THEME_PREFERENCES, type ThemePreference } from './theme-store';
import { useThemePreference } from './use-theme';

const messages = i18n('theme/toggle', {
  legend: 'Theme',
  light: 'Light',
  dark: 'Dark',
  system: 'System',
  title: params<{ theme: string }>('{theme} theme'),
});

const ICONS: Record<ThemePreference, ReactNode> = {
  light: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </>
  ),
  dark: <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />,
  system: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
};

/**
 * Light, dark or system: native radio buttons, so the choice is announced as "Dark, selected"
 * and arrow keys move between the options.
 */
export function ThemeToggle({ className }: { className?: string }) {
  const t = useMessages(messages);
  const preference = useThemePreference();
  const name = useId();
  return (
    <fieldset
      className={cx(
        'inline-flex shrink-0 rounded-md border border-slate-300 bg-white p-0.5 dark:border-slate-600 dark:bg-slate-800',
        className,
      )}
    >
      <legend className="sr-only">{t.legend}</legend>
      {THEME_PREFERENCES.map((option) => (
        <label
          key={option}
          title={t.title({ theme: t[option] })}
          className={cx(
            'relative flex h-7 w-7 cursor-pointer items-center justify-center rounded',
            'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-teal-600',
            preference === option
              ? 'bg-teal-700 text-white dark:bg-teal-600'
              : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-700',
          )}
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={preference === option}
            onChange={() => setThemePreference(option)}
            className="sr-only"
          />
          <Icon>{ICONS[option]}</Icon>
          <span className="sr-only">{t[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
