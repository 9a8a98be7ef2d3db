import { Link } from '@tanstack/react-router';
import { backLinkClass, RouteLoadError } from '@/features/ui/route-states';
import { MISSING_EXPLANATIONS, missingObject } from './not-found-codes';

/**
 * What a directory page shows when its data could not be loaded: the kit's `RouteLoadError`, with
 * a plain explanation when the object is gone (the older edition says so with its own codes).
 */
export function DirectoryRouteError({ error, customerNumber }: { error: unknown; customerNumber?: string }) {
  const missing = missingObject(error);
  return (
    <RouteLoadError
      error={error}
      title={
        missing
          ? `Not found: ${missing === 'suffix' ? 'UPN suffix' : missing}`
          : 'This page could not be loaded'
      }
      what="this page"
      missing={missing !== null}
      notFound={missing ? MISSING_EXPLANATIONS[missing] : undefined}
      back={
        customerNumber &&
        missing &&
        missing !== 'customer' && (
          <Link
            to={
              missing === 'group' ? '/directory/$customerNumber/groups' : '/directory/$customerNumber/users'
            }
            params={{ customerNumber }}
            className={backLinkClass}
          >
            Back to the {missing === 'group' ? 'groups' : 'users'} of customer {customerNumber}
          </Link>
        )
      }
    />
  );
}
