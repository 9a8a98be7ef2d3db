import { useNavigate } from '@tanstack/react-router';
import { customerMutations } from '@/api/queries/customers';
import { notify } from '../notifications/notify';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { CustomerForm } from './customer-form';
import { EMPTY_CUSTOMER } from './customer-form-values';

/** POST /v1/customer. */
export function CustomerCreatePage() {
  const navigate = useNavigate();
  const mutation = customerMutations.create();
  return (
    <>
      <PageHeader title="New customer" description="The API assigns the 8-digit customer number." />
      <CustomerForm
        defaultValues={EMPTY_CUSTOMER}
        draftKey="customer.create"
        mutation={mutation}
        submitLabel="Create customer"
        cancelLink={<LinkButton to="/customers">Cancel</LinkButton>}
        onSaved={(customer) => {
          notify({ kind: 'success', title: `Customer ${customer.name} created` });
          void navigate({ to: '/customers/$customerNumber', params: { customerNumber: customer.name } });
        }}
      />
    </>
  );
}
