import { createFileRoute } from '@tanstack/react-router';
import { directoryQueries } from '@/api/queries/directory';
import { isCustomerNumberShape } from '@/features/directory/context/path-shapes';
import { DirectoryRouteError } from '@/features/directory/shared/directory-route-error';
import { UserCreatePage } from '@/features/directory/users/user-create-page';
import { LoadingState } from '@/features/ui/empty-state';
import { ensureRouteData } from '@/routes/-route-data';

export const Route = createFileRoute('/_app/directory/$customerNumber/users/new')({
  // The UPN picker offers this customer's own suffixes.
  loader: ({ params, ...load }) =>
    // Not a customer number: the parent route says so, and nothing is requested.
    !isCustomerNumberShape(params.customerNumber)
      ? undefined
      : ensureRouteData(load, directoryQueries.suffixes(params.customerNumber)),
  pendingComponent: () => <LoadingState />,
  errorComponent: function NewUserError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function NewUserRoute() {
    return <UserCreatePage customerNumber={Route.useParams().customerNumber} />;
  },
});
