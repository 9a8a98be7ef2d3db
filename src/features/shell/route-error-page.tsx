import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { ErrorPanel } from '@/features/ui/error-panel';
import { retryRoute } from '@/features/ui/retry-route';
import { i18n, useMessages } from '@/i18n';
import { AdaptiveLayout } from './standalone-layout';

const messages = i18n('shell/route-error-page', {
  title: 'Error · 4b42 Console',
  heading: 'This page could not be shown',
  what: 'What went wrong',
});

/**
 * A route whose loader or component failed. "Try again" resets the boundary and re-runs the
 * loaders (router.invalidate), so a transient failure needs no reload.
 */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const t = useMessages(messages);
  const router = useRouter();
  const retry = () => retryRoute(router, reset);
  return (
    <AdaptiveLayout>
      <title>{t.title}</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{t.heading}</h1>
      <ErrorPanel error={error} title={t.what} onRetry={retry} />
    </AdaptiveLayout>
  );
}
