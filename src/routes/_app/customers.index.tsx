import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { z } from 'zod';
import { customerQueries } from '../../api/queries/customers';
import { CustomerListPage } from '../../features/customers/customer-list-page';
import { CustomerListError } from '../../features/customers/customer-route-states';
import { SORT_KEYS } from '../../features/customers/customer-search-index';
import { LoadingState } from '../../features/ui/empty-state';

const DEFAULTS = { q: '', sort: 'number', dir: 'asc' } as const;

const searchSchema = z.object({
  q: z.string().catch('').default(''),
  sort: z.enum(SORT_KEYS).catch('number').default('number'),
  dir: z.enum(['asc', 'desc']).catch('asc').default('asc'),
});

export const Route = createFileRoute('/_app/customers/')({
  validateSearch: searchSchema,
  // Defaults stay out of the URL: `/customers` and `/customers?q=acme` rather than every key.
  search: { middlewares: [stripSearchParams(DEFAULTS)] },
  loader: ({ context }) => context.queryClient.ensureQueryData(customerQueries.list()),
  head: () => ({ meta: [{ title: 'Customers · 4b42 Console' }] }),
  pendingComponent: () => <LoadingState label="Loading customers…" />,
  errorComponent: ({ error }) => <CustomerListError error={error} />,
  component: function CustomersRoute() {
    const search = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <CustomerListPage
        search={search}
        onSearchChange={(next) =>
          navigate({ search: (previous) => ({ ...previous, ...next }), replace: 'q' in next })
        }
      />
    );
  },
});
