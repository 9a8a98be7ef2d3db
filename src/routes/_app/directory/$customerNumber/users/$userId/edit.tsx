import { createFileRoute, redirect } from '@tanstack/react-router';
import { directoryQueries } from '../../../../../../api/queries/directory';
import { DirectoryRouteError } from '../../../../../../features/directory/shared/directory-route-error';
import { NotAUserId } from '../../../../../../features/directory/users/not-a-user-id';
import { UserEditPage } from '../../../../../../features/directory/users/user-edit-page';
import { checkUserId } from '../../../../../../features/directory/users/user-id';

export const Route = createFileRoute('/_app/directory/$customerNumber/users/$userId/edit')({
  beforeLoad: ({ params }) => {
    const check = checkUserId(params.userId, params.customerNumber);
    if (check.kind === 'other-customer') {
      throw redirect({
        to: '/directory/$customerNumber/users/$userId/edit',
        params: { ...params, ...check },
      });
    }
  },
  loader: async ({ context, params }) => {
    if (checkUserId(params.userId, params.customerNumber).kind !== 'ok') return;
    await Promise.all([
      context.queryClient.ensureQueryData(directoryQueries.user(params.userId)),
      context.queryClient.ensureQueryData(directoryQueries.users(params.customerNumber)),
      context.queryClient.ensureQueryData(directoryQueries.suffixes(params.customerNumber)),
    ]);
  },
  head: ({ params }) => ({ meta: [{ title: `Edit user ${params.userId} · 4b42 Console` }] }),
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
