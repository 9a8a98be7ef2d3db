import type { ReactNode } from 'react';
import { LanguageSelect } from '@/features/language/language-select';
import { ThemeToggle } from '@/features/theme/theme-toggle';
import { i18n, useMessages } from '@/i18n';
import { useShell } from './shell-context';

const messages = i18n('shell/standalone-layout', { skip: 'Skip to content' });

/** A page without the shell (no key needed): product name, theme, and its own main landmark. */
export function StandaloneLayout({ children }: { children: ReactNode }) {
  const t = useMessages(messages);
  return (
    <div className="min-h-screen bg-slate-50 dark:bg-slate-950">
      <a href="#main" className={SKIP_LINK_CLASS}>
        {t.skip}
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-3 px-4 py-3">
          {/* i18n-ignore: the product's name */}
          <span className="font-semibold text-slate-900 dark:text-slate-50">4b42 Console</span>
          <div className="flex items-center gap-2">
            <LanguageSelect />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-4xl space-y-6 px-4 py-6 focus:outline-none sm:py-10"
      >
        {children}
      </main>
    </div>
  );
}

/** Pages that render both inside the shell and on their own (404, route errors): one main landmark either way. */
export function AdaptiveLayout({ children }: { children: ReactNode }) {
  return useShell() ? (
    <div className="space-y-6">{children}</div>
  ) : (
    <StandaloneLayout>{children}</StandaloneLayout>
  );
}

export const SKIP_LINK_CLASS =
  'sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white ' +
  'focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-teal-800 focus:shadow-lg ' +
  'dark:focus:bg-slate-900 dark:focus:text-teal-300';
