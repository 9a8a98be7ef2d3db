import { createFileRoute } from '@tanstack/react-router';
import { customerQueries } from '@/api/queries/customers';
import { CustomerEditPage } from '@/features/customers/customer-edit-page';
import { isCustomerNumber } from '@/features/customers/customer-number';
import { CustomerLoadError, InvalidCustomerNumber } from '@/features/customers/customer-route-states';
import { LoadingState } from '@/features/ui/empty-state';

export const Route = createFileRoute('/_app/customers/$customerNumber/edit')({
  loader: ({ context, params }) =>
    isCustomerNumber(params.customerNumber)
      ? context.queryClient.ensureQueryData(customerQueries.detail(params.customerNumber))
      : undefined,
  head: ({ params }) => ({ meta: [{ title: `Edit customer ${params.customerNumber} · 4b42 Console` }] }),
  pendingComponent: () => <LoadingState label="Loading the customer…" />,
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
