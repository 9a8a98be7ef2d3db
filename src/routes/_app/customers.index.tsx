import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerListPage } from '@/features/customers/customer-list-page';
import { DEFAULT_LIST_SEARCH, SORT_KEYS } from '@/features/customers/customer-list-search';
import { CustomerListError } from '@/features/customers/customer-route-states';
import { LoadingState } from '@/features/ui/empty-state';
import { listSearchRoute } from '../-search';

export const Route = createFileRoute('/_app/customers/')({
  ...listSearchRoute(SORT_KEYS, DEFAULT_LIST_SEARCH),
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
