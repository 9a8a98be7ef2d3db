import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerEditPage } from '@/features/customers/customer-edit-page';
import { isCustomerNumber } from '@/features/customers/customer-number';
import {
  CustomerLoadError,
  CustomerLoading,
  InvalidCustomerNumber,
} from '@/features/customers/customer-route-states';
import { ownCustomerOnly } from '../-portal-guard';

export const Route = createFileRoute('/_app/customers/$customerNumber/edit')({
  beforeLoad: ({ params }) => ownCustomerOnly(params.customerNumber),
  loader: ({ context, params }) =>
    isCustomerNumber(params.customerNumber)
      ? context.queryClient.ensureQueryData(customerQueries.detail(params.customerNumber))
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
