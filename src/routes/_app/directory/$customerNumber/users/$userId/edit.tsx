import { createFileRoute } from '@tanstack/react-router';
import { directoryQueries } from '@/api/queries/directory';
import { checkUserId, redirectToUsersCustomer } from '@/features/directory/context/path-shapes';
import { DirectoryRouteError } from '@/features/directory/shared/directory-route-error';
import { DirectoryLoading } from '@/features/directory/shared/route-texts';
import { NotAUserId } from '@/features/directory/users/not-a-user-id';
import { UserEditPage } from '@/features/directory/users/user-edit-page';
import { ensureRouteData } from '@/routes/-route-data';

export const Route = createFileRoute('/_app/directory/$customerNumber/users/$userId/edit')({
  beforeLoad: redirectToUsersCustomer('/directory/$customerNumber/users/$userId/edit'),
  loader: async ({ params, ...load }) => {
    // Something that is not a user id is never sent to the API (it could name a customer instead).
    if (checkUserId(params.userId, params.customerNumber).kind !== 'ok') return;
    await ensureRouteData(
      load,
      directoryQueries.user(params.userId),
      directoryQueries.users(params.customerNumber),
      directoryQueries.suffixes(params.customerNumber),
    );
  },
  pendingComponent: () => <DirectoryLoading what="loadingUser" />,
  errorComponent: function EditUserError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function EditUserRoute() {
    const { customerNumber, userId } = Route.useParams();
    if (checkUserId(userId, customerNumber).kind !== 'ok') {
      return <NotAUserId value={userId} customerNumber={customerNumber} />;
    }
    return <UserEditPage customerNumber={customerNumber} userId={userId} />;
  },
});
