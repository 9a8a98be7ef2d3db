import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { customerMutations, customerQueries, customerReconcile } from '@/api/queries/customers';
import { notify } from '../notifications/notify';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { useCustomerCrumbs } from './customer-crumbs';
import { CustomerForm } from './customer-form';
import { customerToFormValues } from './customer-form-values';

/** PUT /v1/customer/{customerNumber} with the documented fields only. */
export function CustomerEditPage({ customerNumber }: { customerNumber: string }) {
  const navigate = useNavigate();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(customerNumber));
  const crumbs = useCustomerCrumbs([
    {
      label: customer.description || `Customer ${customerNumber}`,
      to: '/customers/$customerNumber',
      params: { customerNumber },
    },
  ]);
  const mutation = customerMutations.update(customerNumber);
  // The form starts from the customer as first loaded; a background refetch must not reset it.
  const [defaultValues] = useState(() => customerToFormValues(customer));
  const client = useQueryClient();
  const [reconcile] = useState(() => customerReconcile.update(client, customerNumber));
  const [reload] = useState(
    () => async () =>
      customerToFormValues(
        await client.fetchQuery({ ...customerQueries.detail(customerNumber), staleTime: 0 }),
      ),
  );
  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={`Edit ${customer.description || `customer ${customerNumber}`}`}
        description={`Customer number ${customerNumber}`}
      />
      <CustomerForm
        editing
        customerNumber={customerNumber}
        defaultValues={defaultValues}
        draftKey={`customer.edit.${customerNumber}`}
        mutation={mutation}
        reconcile={reconcile}
        reload={reload}
        submitLabel="Save changes"
        cancelLink={
          <LinkButton to="/customers/$customerNumber" params={{ customerNumber }}>
            Cancel
          </LinkButton>
        }
        onSaved={() => {
          notify({ kind: 'success', title: `Customer ${customerNumber} saved` });
          void navigate({ to: '/customers/$customerNumber', params: { customerNumber } });
        }}
      />
    </>
  );
}
