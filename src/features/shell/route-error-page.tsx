import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { ErrorPanel } from '../ui/error-panel';
import { AdaptiveLayout } from './standalone-layout';

/**
 * A route whose loader or component failed. "Try again" resets the boundary and re-runs the
 * loaders (router.invalidate), so a transient failure needs no reload.
 */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <AdaptiveLayout>
      <title>Error · 4b42 Console</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
        This page could not be shown
      </h1>
      <ErrorPanel error={error} title="What went wrong" onRetry={retry} />
    </AdaptiveLayout>
  );
}
