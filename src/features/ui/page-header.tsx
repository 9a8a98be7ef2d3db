import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useListReturn } from '@/features/lists/list-return';
import { i18n, useMessages } from '@/i18n';
import { useDocumentTitle } from './use-document-title';

const messages = i18n('ui/page-header', { breadcrumb: 'Breadcrumb' });

/**
 * One step of the breadcrumb trail: a label, and where it leads (none for the current page). A
 * step to a list without its own `search` shows that list as it was left (`useListReturn`).
 */
export interface Crumb {
  label: ReactNode;
  to?: string;
  params?: Record<string, string>;
  search?: Record<string, unknown>;
}

export function PageHeader({
  title,
  description,
  actions,
  crumbs,
  explorer,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** The pages above this one; the title is the last step. */
  crumbs?: readonly Crumb[];
  /** Usually `<ExplorerLink endpoint={…} />` for the page's call. */
  explorer?: ReactNode;
}) {
  const t = useMessages(messages);
  const up = useListReturn();
  useDocumentTitle(typeof title === 'string' ? title : undefined);
  return (
    <div className="mb-6 space-y-2">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={t.breadcrumb}>
          <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600 dark:text-slate-400">
            {crumbs.map((crumb, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the trail is fixed per page.
              <li key={i} className="flex items-center gap-1">
                {crumb.to ? (
                  <Link
                    to={crumb.to}
                    params={crumb.params}
                    search={crumb.search ?? up(crumb.to, crumb.params).search}
                    // A step above this page is not the current page (a prefix match would say so).
                    activeOptions={{ exact: true }}
                    className="underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600"
                  >
                    {crumb.label}
                  </Link>
                ) : (
                  <span>{crumb.label}</span>
                )}
                <span aria-hidden="true">/</span>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
            {title}
          </h1>
          {description && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
          {explorer && <p className="mt-1">{explorer}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
