import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { customerMutations, customerQueries, customerReconcile } from '@/api/queries/customers';
import { readFresh } from '@/api/queries/reconcile';
import { notify } from '@/features/notifications/notify';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { useCustomerCrumbs } from './customer-crumbs';
import { CustomerForm } from './customer-form';
import { customerToFormValues } from './customer-form-values';

const messages = i18n('customers/customer-edit-page', {
  customer: params<{ customer: string }>('Customer {customer}'),
  editNamed: params<{ name: string }>('Edit {name}'),
  editNumber: params<{ customer: string }>('Edit customer {customer}'),
  number: params<{ customer: string }>('Customer number {customer}'),
  submit: 'Save changes',
  cancel: 'Cancel',
  saved: params<{ customer: string }>('Customer {customer} saved'),
});

/** PUT /v1/customer/{customerNumber} with the documented fields only. */
export function CustomerEditPage({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(customerNumber));
  const crumbs = useCustomerCrumbs([
    {
      label: customer.description || t.customer({ customer: customerNumber }),
      to: '/customers/$customerNumber',
      params: { customerNumber },
    },
  ]);
  const mutation = customerMutations.update(customerNumber);
  // The form starts from the customer as first loaded; a background refetch must not reset it.
  const [defaultValues] = useState(() => customerToFormValues(customer));
  const reload = async (client: QueryClient) =>
    customerToFormValues(await readFresh(client, customerQueries.detail(customerNumber)));
  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('customer.update')} params={{ customerNumber }} />}
        crumbs={crumbs}
        title={
          customer.description
            ? t.editNamed({ name: customer.description })
            : t.editNumber({ customer: customerNumber })
        }
        description={t.number({ customer: customerNumber })}
      />
      <CustomerForm
        editing
        customerNumber={customerNumber}
        defaultValues={defaultValues}
        draftKey={`customer.edit.${customerNumber}`}
        mutation={mutation}
        reconcile={customerReconcile.update(customerNumber)}
        reload={reload}
        submitLabel={t.submit}
        cancelLink={
          <LinkButton to="/customers/$customerNumber" params={{ customerNumber }}>
            {t.cancel}
          </LinkButton>
        }
        onSaved={() => {
          notify({ kind: 'success', title: messages.get().saved({ customer: customerNumber }) });
          void navigate({ to: '/customers/$customerNumber', params: { customerNumber } });
        }}
      />
    </>
  );
}
