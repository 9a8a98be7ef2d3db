import { createFileRoute } from '@tanstack/react-router';
import { directoryQueries } from '@/api/queries/directory';
import { isCustomerNumberShape } from '@/features/directory/context/path-shapes';
import { GroupListPage } from '@/features/directory/groups/group-list-page';
import {
  DEFAULT_GROUP_LIST_SEARCH as DEFAULTS,
  GROUP_SORT_KEYS,
} from '@/features/directory/groups/group-list-search';
import { DirectoryRouteError } from '@/features/directory/shared/directory-route-error';
import { DirectoryLoading } from '@/features/directory/shared/route-texts';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/directory/$customerNumber/groups/')({
  ...listSearchRoute(GROUP_SORT_KEYS, DEFAULTS),
  loader: ({ params, ...load }) =>
    // Not a customer number: the parent route says so, and nothing is requested.
    !isCustomerNumberShape(params.customerNumber)
      ? undefined
      : ensureRouteData(load, directoryQueries.groups(params.customerNumber)),
  pendingComponent: () => <DirectoryLoading what="loadingGroups" />,
  errorComponent: function GroupsError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function GroupsRoute() {
    const { customerNumber } = Route.useParams();
    return <GroupListPage customerNumber={customerNumber} {...useListRoute(Route)} />;
  },
});
