import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { z } from 'zod';
import { customerQueries } from '../../api/queries/customers';
import { CustomerListPage } from '../../features/customers/customer-list-page';
import { DEFAULT_LIST_SEARCH, SORT_KEYS } from '../../features/customers/customer-list-search';
import { CustomerListError } from '../../features/customers/customer-route-states';
import { LoadingState } from '../../features/ui/empty-state';

const searchSchema = z.object({
  q: z.string().catch(DEFAULT_LIST_SEARCH.q).default(DEFAULT_LIST_SEARCH.q),
  sort: z.enum(SORT_KEYS).catch(DEFAULT_LIST_SEARCH.sort).default(DEFAULT_LIST_SEARCH.sort),
  dir: z.enum(['asc', 'desc']).catch(DEFAULT_LIST_SEARCH.dir).default(DEFAULT_LIST_SEARCH.dir),
});

export const Route = createFileRoute('/_app/customers/')({
  validateSearch: searchSchema,
  // Defaults stay out of the URL: `/customers` and `/customers?q=acme` rather than every key.
  search: { middlewares: [stripSearchParams(DEFAULT_LIST_SEARCH)] },
  // The loader travels with the page's code, so the API client stays out of the first load.
  codeSplitGroupings: [
    ['loader', 'component'],
    ['pendingComponent', 'errorComponent'],
  ],
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
