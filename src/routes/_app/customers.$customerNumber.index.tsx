import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerDetailPage } from '@/features/customers/customer-detail-page';
import { isCustomerNumber } from '@/features/customers/customer-number';
import {
  CustomerLoadError,
  CustomerLoading,
  InvalidCustomerNumber,
} from '@/features/customers/customer-route-states';
import { ensureRouteData } from '@/routes/-route-data';
import { ownCustomerOnly } from '../-portal-guard';

export const Route = createFileRoute('/_app/customers/$customerNumber/')({
  beforeLoad: ({ params }) => ownCustomerOnly(params.customerNumber),
  loader: ({ params, ...load }) =>
    isCustomerNumber(params.customerNumber)
      ? ensureRouteData(load, customerQueries.detail(params.customerNumber))
      : undefined,
  pendingComponent: CustomerLoading,
  errorComponent: function CustomerErrorRoute({ error }) {
    return <CustomerLoadError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function CustomerRoute() {
    const { customerNumber } = Route.useParams();
    return isCustomerNumber(customerNumber) ? (
      <CustomerDetailPage customerNumber={customerNumber} />
    ) : (
      <InvalidCustomerNumber value={customerNumber} />
    );
  },
});
