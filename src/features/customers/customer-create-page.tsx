import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { customerMutations, customerReconcile } from '@/api/queries/customers';
import { useListReturn } from '@/features/lists/list-return';
import { notify } from '@/features/notifications/notify';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { useCustomerCrumbs } from './customer-crumbs';
import { CustomerForm } from './customer-form';
import { EMPTY_CUSTOMER } from './customer-form-values';

const messages = i18n('customers/customer-create-page', {
  title: 'New customer',
  description: 'The API assigns the 8-digit customer number.',
  submit: 'Create customer',
  cancel: 'Cancel',
  created: params<{ customer: string }>('Customer {customer} created'),
});

/** POST /v1/customer. */
export function CustomerCreatePage() {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const up = useListReturn();
  const crumbs = useCustomerCrumbs();
  const mutation = customerMutations.create();
  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('customer.create')} />}
        crumbs={crumbs}
        title={t.title}
        description={t.description}
      />
      <CustomerForm
        defaultValues={EMPTY_CUSTOMER}
        draftKey="customer.create"
        mutation={mutation}
        reconcile={customerReconcile.create}
        submitLabel={t.submit}
        cancelLink={<LinkButton {...up('/customers')}>{t.cancel}</LinkButton>}
        onSaved={(customer) => {
          notify({ kind: 'success', title: messages.get().created({ customer: customer.name }) });
          void navigate({ to: '/customers/$customerNumber', params: { customerNumber: customer.name } });
        }}
      />
    </>
  );
}
