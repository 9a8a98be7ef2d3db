import { createFileRoute } from '@tanstack/react-router';
import { directoryQueries } from '@/api/queries/directory';
import { isCustomerNumberShape } from '@/features/directory/context/path-shapes';
import { GroupDetailPage } from '@/features/directory/groups/group-detail-page';
import { DirectoryRouteError } from '@/features/directory/shared/directory-route-error';
import { DirectoryLoading } from '@/features/directory/shared/route-texts';
import { ensureRouteData } from '@/routes/-route-data';

export const Route = createFileRoute('/_app/directory/$customerNumber/groups/$groupName')({
  // The groups list too: members that are groups link to them, and the editor offers them.
  loader: ({ params, ...load }) =>
    // Not a customer number: the parent route says so, and nothing is requested.
    !isCustomerNumberShape(params.customerNumber)
      ? undefined
      : ensureRouteData(
          load,
          directoryQueries.group(params.customerNumber, params.groupName),
          directoryQueries.groups(params.customerNumber),
        ),
  pendingComponent: () => <DirectoryLoading what="loadingGroup" />,
  errorComponent: function GroupError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function GroupRoute() {
    const { customerNumber, groupName } = Route.useParams();
    return <GroupDetailPage customerNumber={customerNumber} groupName={groupName} />;
  },
});
