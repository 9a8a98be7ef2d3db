import { createFileRoute, redirect } from '@tanstack/react-router';
import { DirectoryLayout } from '@/features/directory/context/directory-layout';
import { InvalidDirectoryCustomer } from '@/features/directory/context/invalid-customer-number';
import {
  customerOfUserId,
  isCustomerNumberShape,
  isUserIdShape,
} from '@/features/directory/context/path-shapes';
import { ownCustomerOnly } from '@/routes/-portal-guard';

export const Route = createFileRoute('/_app/directory/$customerNumber')({
  beforeLoad: ({ params }) => {
    const value = params.customerNumber;
    // A user id (12345678_1234) has the same path shape: it means that user, never a customer.
    if (isUserIdShape(value)) {
      throw redirect({
        to: '/directory/$customerNumber/users/$userId',
        params: { customerNumber: customerOfUserId(value), userId: value },
      });
    }
    // Anything else renders InvalidPathParam below, and no page under it requests anything.
    if (isCustomerNumberShape(value)) ownCustomerOnly(value);
  },
  component: function DirectoryCustomerRoute() {
    const { customerNumber } = Route.useParams();
    return isCustomerNumberShape(customerNumber) ? (
      <DirectoryLayout customerNumber={customerNumber} />
    ) : (
      <InvalidDirectoryCustomer value={customerNumber} />
    );
  },
});
