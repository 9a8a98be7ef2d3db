import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { customerMutations, customerQueries } from '@/api/queries/customers';
import { notify } from '../notifications/notify';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { CustomerForm } from './customer-form';
import { customerToFormValues } from './customer-form-values';

/** PUT /v1/customer/{customerNumber} with the documented fields only. */
export function CustomerEditPage({ customerNumber }: { customerNumber: string }) {
  const navigate = useNavigate();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(customerNumber));
  const mutation = customerMutations.update(customerNumber);
  // The form starts from the customer as first loaded; a background refetch must not reset it.
  const [defaultValues] = useState(() => customerToFormValues(customer));
  return (
    <>
      <PageHeader
        title={`Edit ${customer.description || `customer ${customerNumber}`}`}
        description={`Customer number ${customerNumber}`}
      />
      <CustomerForm
        editing
        customerNumber={customerNumber}
        defaultValues={defaultValues}
        draftKey={`customer.edit.${customerNumber}`}
        mutation={mutation}
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
