import type { ReactNode } from 'react';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('ui/empty-state', { loading: 'Loading…', notSet: 'Not set' });

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="font-medium text-slate-800 dark:text-slate-200">{title}</p>
      {children && <div className="mt-2 text-sm text-slate-600 dark:text-slate-400">{children}</div>}
    </div>
  );
}

export function LoadingState({ label }: { label?: string }) {
  const t = useMessages(messages);
  return (
    <p role="status" className="flex items-center gap-2 p-6 text-sm text-slate-600 dark:text-slate-400">
      <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-r-transparent" />
      {label ?? t.loading}
    </p>
  );
}

/** A value the API did not give, in a table cell or a detail row. */
export function NotSet({ children }: { children?: ReactNode }) {
  const t = useMessages(messages);
  return <span className="text-slate-500 dark:text-slate-400">{children ?? t.notSet}</span>;
}
