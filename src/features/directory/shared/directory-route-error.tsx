import { Link } from '@tanstack/react-router';
import { backLinkClass, RouteLoadError } from '@/features/ui/route-states';
import { i18n, params, useMessages } from '@/i18n';
import { missingMessages, missingObject } from './not-found-codes';

const messages = i18n('directory/directory-route-error', {
  user: 'Not found: user',
  group: 'Not found: group',
  suffix: 'Not found: UPN suffix',
  customer: 'Not found: customer',
  failed: 'This page could not be loaded',
  what: 'this page',
  backToUsers: params('Back to the users of customer {customerNumber}'),
  backToGroups: params('Back to the groups of customer {customerNumber}'),
});

/**
 * What a directory page shows when its data could not be loaded: the kit's `RouteLoadError`, with
 * a plain explanation when the object is gone (the older edition says so with its own codes).
 */
export function DirectoryRouteError({ error, customerNumber }: { error: unknown; customerNumber?: string }) {
  const t = useMessages(messages);
  const explanations = useMessages(missingMessages);
  const missing = missingObject(error);
  return (
    <RouteLoadError
      error={error}
      title={missing ? t[missing] : t.failed}
      what={t.what}
      missing={missing !== null}
      notFound={missing ? explanations[missing] : undefined}
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
            {missing === 'group' ? t.backToGroups({ customerNumber }) : t.backToUsers({ customerNumber })}
          </Link>
        )
      }
    />
  );
}
