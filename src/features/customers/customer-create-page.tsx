import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { customerMutations, customerReconcile } from '@/api/queries/customers';
import { notify } from '../notifications/notify';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { useCustomerCrumbs } from './customer-crumbs';
import { CustomerForm } from './customer-form';
import { EMPTY_CUSTOMER } from './customer-form-values';

/** POST /v1/customer. */
export function CustomerCreatePage() {
  const navigate = useNavigate();
  const crumbs = useCustomerCrumbs();
  const mutation = customerMutations.create();
  const client = useQueryClient();
  const [reconcile] = useState(() => customerReconcile.create(client));
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title="New customer"
        description="The API assigns the 8-digit customer number."
      />
      <CustomerForm
        defaultValues={EMPTY_CUSTOMER}
        draftKey="customer.create"
        mutation={mutation}
        reconcile={reconcile}
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
