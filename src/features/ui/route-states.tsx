import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { isApiError } from '@/api/api-error';
import { i18n, params, useMessages } from '@/i18n';
import { capitalise } from './capitalise';
import { ErrorPanel } from './error-panel';
import { PageHeader } from './page-header';
import { retryRoute } from './retry-route';

// `what` is the area's own phrase ("the zone"), in the current language.
const messages = i18n('ui/route-states', {
  notFound: params<{ what: string }>('Not found: {what}'),
  forbidden: params<{ what: string }>('This key may not see {what}'),
  failed: params<{ what: string }>('{what} could not be loaded'),
});

/**
 * What every page shows when it cannot show its data. One set for all areas:
 * - loading: `LoadingState` (empty-state.tsx) as the route's `pendingComponent`;
 * - a load error: `RouteLoadError` as its `errorComponent` — status, code, message, meaning, and a
 *   retry unless retrying cannot help (403, 404);
 * - not found: the API's 404, the same component with the `notFound` title;
 * - a path parameter that cannot be valid: the route's loader requests nothing and its component
 *   renders `InvalidPathParam` (no redirect: the address the user typed stays visible).
 */
export function RouteLoadError({
  error,
  title,
  what,
  notFound,
  missing,
  forbidden,
  back,
  children,
}: {
  error: unknown;
  /** The page's heading, e.g. "Zone 4b42.com". */
  title: string;
  /** What failed to load, e.g. "the zone". */
  what: string;
  /** Said when the API answers 404, e.g. "No such zone in this product". */
  notFound?: string;
  /** The area knows the object is gone though the status is not 404 (an older edition's code). */
  missing?: boolean;
  /** Said when the API answers 403; default "This key may not see {what}". */
  forbidden?: string;
  /** A way back, e.g. a link to the list. */
  back?: ReactNode;
  children?: ReactNode;
}) {
  const t = useMessages(messages);
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  const status = isApiError(error) ? error.status : undefined;
  const gone = missing ?? status === 404;
  const heading = gone
    ? (notFound ?? t.notFound({ what }))
    : status === 403
      ? (forbidden ?? t.forbidden({ what }))
      : t.failed({ what: capitalise(what) });
  const hopeless = gone || status === 403;
  return (
    <>
      <PageHeader title={title} />
      <ErrorPanel
        error={error}
        title={heading}
        onRetry={hopeless ? undefined : () => retryRoute(router, queryReset.reset)}
      >
        {children}
      </ErrorPanel>
      {back && <p className="mt-4 text-sm">{back}</p>}
    </>
  );
}

/** A path parameter that cannot be what the page needs: nothing was requested. */
export function InvalidPathParam({
  title,
  value,
  rule,
  back,
}: {
  /** e.g. "Not a customer number". */
  title: string;
  value: string;
  /** What a valid value looks like. */
  rule: ReactNode;
  back?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} />
      <div role="alert" className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <p>
          “<span className="font-mono break-all">{value}</span>” {rule}
        </p>
        {back && <p>{back}</p>}
      </div>
    </>
  );
}

/** The style of a text link on its own: a way back or on from a state or summary page. */
export const backLinkClass =
  'font-medium text-teal-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300';
