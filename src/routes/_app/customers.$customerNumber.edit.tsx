import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerEditPage } from '@/features/customers/customer-edit-page';
import { isCustomerNumber } from '@/features/customers/customer-number';
import {
  CustomerLoadError,
  CustomerLoading,
  InvalidCustomerNumber,
} from '@/features/customers/customer-route-states';
import { ensureRouteData } from '@/routes/-route-data';
import { ownCustomerOnly } from '../-portal-guard';

export const Route = createFileRoute('/_app/customers/$customerNumber/edit')({
  beforeLoad: ({ params }) => ownCustomerOnly(params.customerNumber),
  loader: ({ params, ...load }) =>
    isCustomerNumber(params.customerNumber)
      ? ensureRouteData(load, customerQueries.detail(params.customerNumber))
      : undefined,
  pendingComponent: CustomerLoading,
  errorComponent: function CustomerEditErrorRoute({ error }) {
    return <CustomerLoadError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function CustomerEditRoute() {
    const { customerNumber } = Route.useParams();
    return isCustomerNumber(customerNumber) ? (
      <CustomerEditPage customerNumber={customerNumber} />
    ) : (
      <InvalidCustomerNumber value={customerNumber} />
    );
  },
});
