import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { ErrorPanel } from '@/features/ui/error-panel';
import { MISSING_EXPLANATIONS, missingObject } from './not-found-codes';

/**
 * What a directory page shows when its data could not be loaded: the API's error with its meaning,
 * a plain explanation when the object is gone, and a retry that reloads the page's data.
 */
export function DirectoryRouteError({ error, customerNumber }: { error: unknown; customerNumber?: string }) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  const missing = missingObject(error);
  const title = missing
    ? `Not found: ${missing === 'suffix' ? 'UPN suffix' : missing}`
    : 'This page could not be loaded';
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{title}</h1>
      <ErrorPanel
        error={error}
        title={missing ? MISSING_EXPLANATIONS[missing] : 'The request failed'}
        onRetry={
          missing
            ? undefined
            : () => {
                queryReset.reset();
                void router.invalidate();
              }
        }
      />
      {customerNumber && missing && missing !== 'customer' && (
        <p className="text-sm">
          <Link
            to={
              missing === 'group' ? '/directory/$customerNumber/groups' : '/directory/$customerNumber/users'
            }
            params={{ customerNumber }}
            className="text-teal-800 underline dark:text-teal-300"
          >
            Back to the {missing === 'group' ? 'groups' : 'users'} of customer {customerNumber}
          </Link>
        </p>
      )}
    </div>
  );
}
