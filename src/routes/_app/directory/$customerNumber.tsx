import { createFileRoute, redirect } from '@tanstack/react-router';
import { scopedCustomerNumber } from '@/api/connection';
import { DirectoryLayout } from '@/features/directory/context/directory-layout';
import {
  customerOfUserId,
  isCustomerNumberShape,
  isUserIdShape,
} from '@/features/directory/context/path-shapes';

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
    if (!isCustomerNumberShape(value)) throw redirect({ to: '/directory', search: { invalid: value } });
    const own = scopedCustomerNumber();
    if (own && value !== own) {
      throw redirect({ to: '/directory/$customerNumber/users', params: { customerNumber: own } });
    }
  },
  component: function DirectoryCustomerRoute() {
    const { customerNumber } = Route.useParams();
    return <DirectoryLayout customerNumber={customerNumber} />;
  },
});
