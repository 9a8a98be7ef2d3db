import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerDetailPage } from '@/features/customers/customer-detail-page';
import { isCustomerNumber } from '@/features/customers/customer-number';
import {
  CustomerLoadError,
  CustomerLoading,
  InvalidCustomerNumber,
} from '@/features/customers/customer-route-states';
import { ownCustomerOnly } from '../-portal-guard';

export const Route = createFileRoute('/_app/customers/$customerNumber/')({
  beforeLoad: ({ params }) => ownCustomerOnly(params.customerNumber),
  loader: ({ context, params }) =>
    isCustomerNumber(params.customerNumber)
      ? context.queryClient.ensureQueryData(customerQueries.detail(params.customerNumber))
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
