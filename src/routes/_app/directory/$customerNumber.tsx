import { createFileRoute, redirect } from '@tanstack/react-router';
import { userId } from '../../../api/domain/identifiers';
import { keyCapabilitiesStore } from '../../../api/key-capabilities';
import { customerOfUser } from '../../../api/queries/directory';
import { isCustomerNumber } from '../../../features/customers/customer-number';
import { DirectoryLayout } from '../../../features/directory/context/directory-layout';

export const Route = createFileRoute('/_app/directory/$customerNumber')({
  beforeLoad: ({ params }) => {
    const value = params.customerNumber;
    // A user id (12345678_1234) has the same path shape: it means that user, never a customer.
    if (userId.safeParse(value).success && value.trim() === value) {
      throw redirect({
        to: '/directory/$customerNumber/users/$userId',
        params: { customerNumber: customerOfUser(value), userId: value },
      });
    }
    if (!isCustomerNumber(value)) throw redirect({ to: '/directory', search: { invalid: value } });
    const own = keyCapabilitiesStore.get().customerNumber;
    if (own && value !== own) {
      throw redirect({ to: '/directory/$customerNumber/users', params: { customerNumber: own } });
    }
  },
  component: function DirectoryCustomerRoute() {
    const { customerNumber } = Route.useParams();
    return <DirectoryLayout customerNumber={customerNumber} />;
  },
});
