import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { z } from 'zod';
import { directoryQueries } from '../../../../../api/queries/directory';
import { DirectoryRouteError } from '../../../../../features/directory/shared/directory-route-error';
import { USER_SORT_KEYS } from '../../../../../features/directory/users/filter-users';
import { UserListPage } from '../../../../../features/directory/users/user-list-page';

const defaults = { q: '', sort: 'name', dir: 'asc' } as const;

const searchSchema = z.object({
  q: z.string().default(defaults.q).catch(defaults.q),
  sort: z.enum(USER_SORT_KEYS).default(defaults.sort).catch(defaults.sort),
  dir: z.enum(['asc', 'desc']).default(defaults.dir).catch(defaults.dir),
});

export const Route = createFileRoute('/_app/directory/$customerNumber/users/')({
  validateSearch: searchSchema,
  // The defaults stay out of the address: `/users` and `/users?sort=name&dir=asc` are one page.
  search: { middlewares: [stripSearchParams(defaults)] },
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(directoryQueries.users(params.customerNumber)),
  head: ({ params }) => ({ meta: [{ title: `Users of ${params.customerNumber} · 4b42 Console` }] }),
  errorComponent: function UsersError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function UsersRoute() {
    const { customerNumber } = Route.useParams();
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <UserListPage
        customerNumber={customerNumber}
        search={search}
        onSearchChange={(next) => navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
      />
    );
  },
});
