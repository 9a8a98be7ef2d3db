import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerListPage } from '@/features/customers/customer-list-page';
import { DEFAULT_LIST_SEARCH, SORT_KEYS } from '@/features/customers/customer-list-search';
import { CustomerListError, CustomersLoading } from '@/features/customers/customer-route-states';
import { ensureRouteData } from '@/routes/-route-data';
import { useListRoute } from '../-list-route';
import { operatorOnly } from '../-portal-guard';
import { listSearchRoute } from '../-search';

export const Route = createFileRoute('/_app/customers/')({
  ...listSearchRoute(SORT_KEYS, DEFAULT_LIST_SEARCH),
  beforeLoad: () => operatorOnly('all-customers'),
  loader: (load) => ensureRouteData(load, customerQueries.list()),
  pendingComponent: CustomersLoading,
  errorComponent: ({ error }) => <CustomerListError error={error} />,
  component: function CustomersRoute() {
    return <CustomerListPage {...useListRoute(Route)} />;
  },
});
