import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { z } from 'zod';
import { directoryQueries } from '../../../../../api/queries/directory';
import { GROUP_SORT_KEYS } from '../../../../../features/directory/groups/filter-groups';
import { GroupListPage } from '../../../../../features/directory/groups/group-list-page';
import { DirectoryRouteError } from '../../../../../features/directory/shared/directory-route-error';

const defaults = { q: '', sort: 'name', dir: 'asc' } as const;

const searchSchema = z.object({
  q: z.string().default(defaults.q).catch(defaults.q),
  sort: z.enum(GROUP_SORT_KEYS).default(defaults.sort).catch(defaults.sort),
  dir: z.enum(['asc', 'desc']).default(defaults.dir).catch(defaults.dir),
});

export const Route = createFileRoute('/_app/directory/$customerNumber/groups/')({
  validateSearch: searchSchema,
  search: { middlewares: [stripSearchParams(defaults)] },
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(directoryQueries.groups(params.customerNumber)),
  head: ({ params }) => ({ meta: [{ title: `Groups of ${params.customerNumber} · 4b42 Console` }] }),
  errorComponent: function GroupsError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function GroupsRoute() {
    const { customerNumber } = Route.useParams();
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <GroupListPage
        customerNumber={customerNumber}
        search={search}
        onSearchChange={(next) => navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
      />
    );
  },
});
