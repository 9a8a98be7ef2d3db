import { createFileRoute } from '@tanstack/react-router';
import { directoryQueries } from '@/api/queries/directory';
import { checkUserId, redirectToUsersCustomer } from '@/features/directory/context/path-shapes';
import { DirectoryRouteError } from '@/features/directory/shared/directory-route-error';
import { DirectoryLoading } from '@/features/directory/shared/route-texts';
import { NotAUserId } from '@/features/directory/users/not-a-user-id';
import { UserDetailPage } from '@/features/directory/users/user-detail-page';
import { ensureRouteData } from '@/routes/-route-data';

export const Route = createFileRoute('/_app/directory/$customerNumber/users/$userId/')({
  beforeLoad: redirectToUsersCustomer('/directory/$customerNumber/users/$userId'),
  loader: async ({ params, ...load }) => {
    // Something that is not a user id is never sent to the API (it could name a customer instead).
    if (checkUserId(params.userId, params.customerNumber).kind !== 'ok') return;
    await ensureRouteData(
      load,
      directoryQueries.user(params.userId),
      directoryQueries.users(params.customerNumber),
    );
  },
  pendingComponent: () => <DirectoryLoading what="loadingUser" />,
  errorComponent: function UserError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function UserRoute() {
    const { customerNumber, userId } = Route.useParams();
    if (checkUserId(userId, customerNumber).kind !== 'ok') {
      return <NotAUserId value={userId} customerNumber={customerNumber} />;
    }
    return <UserDetailPage customerNumber={customerNumber} userId={userId} />;
  },
});
