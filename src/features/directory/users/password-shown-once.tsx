import type { ReactNode } from 'react';
import { CopyButton } from '@/features/ui/copy-button';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('directory/password-shown-once', {
  heading: 'Password (shown only now: copy it and pass it on securely)',
  copy: 'Copy password',
});

/**
 * A password the console generated, shown this one time: it is kept in component state only,
 * never in the cache, the URL or a draft, so it is gone once this panel is left.
 */
export function PasswordShownOnce({ password, children }: { password: string; children?: ReactNode }) {
  const t = useMessages(messages);
  return (
    <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/50">
      <p className="text-sm font-semibold text-amber-950 dark:text-amber-100">{t.heading}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="generated-password"
          className="rounded bg-white px-2 py-1 font-mono text-base break-all text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        >
          {password}
        </code>
        <CopyButton text={password} label={t.copy} />
      </div>
      {children}
    </div>
  );
}
