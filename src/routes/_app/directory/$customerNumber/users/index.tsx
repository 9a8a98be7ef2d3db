import { createFileRoute } from '@tanstack/react-router';
import { directoryQueries } from '@/api/queries/directory';
import { isCustomerNumberShape } from '@/features/directory/context/path-shapes';
import { DirectoryRouteError } from '@/features/directory/shared/directory-route-error';
import { DirectoryLoading } from '@/features/directory/shared/route-texts';
import { UserListPage } from '@/features/directory/users/user-list-page';
import {
  DEFAULT_USER_LIST_SEARCH as DEFAULTS,
  USER_SORT_KEYS,
} from '@/features/directory/users/user-list-search';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/directory/$customerNumber/users/')({
  ...listSearchRoute(USER_SORT_KEYS, DEFAULTS),
  loader: ({ params, ...load }) =>
    // Not a customer number: the parent route says so, and nothing is requested.
    !isCustomerNumberShape(params.customerNumber)
      ? undefined
      : ensureRouteData(load, directoryQueries.users(params.customerNumber)),
  pendingComponent: () => <DirectoryLoading what="loadingUsers" />,
  errorComponent: function UsersError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function UsersRoute() {
    const { customerNumber } = Route.useParams();
    return <UserListPage customerNumber={customerNumber} {...useListRoute(Route)} />;
  },
});
