import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerDetailPage } from '@/features/customers/customer-detail-page';
import { isCustomerNumber } from '@/features/customers/customer-number';
import { CustomerLoadError, InvalidCustomerNumber } from '@/features/customers/customer-route-states';
import { LoadingState } from '@/features/ui/empty-state';

export const Route = createFileRoute('/_app/customers/$customerNumber/')({
  loader: ({ context, params }) =>
    isCustomerNumber(params.customerNumber)
      ? context.queryClient.ensureQueryData(customerQueries.detail(params.customerNumber))
      : undefined,
  head: ({ params }) => ({ meta: [{ title: `Customer ${params.customerNumber} · 4b42 Console` }] }),
  pendingComponent: () => <LoadingState label="Loading the customer…" />,
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
