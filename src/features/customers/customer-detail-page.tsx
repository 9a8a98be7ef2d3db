import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { customerKeys, customerMutations, customerQueries } from '@/api/queries/customers';
import { useListReturn } from '@/features/lists/list-return';
import { DeleteButton } from '@/features/ui/delete-button';
import type { ConflictExplanation } from '@/features/ui/delete-dialog';
import { DetailSection } from '@/features/ui/detail-list';
import { LoadingState } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { type Deletion, useDeletion } from '@/features/ui/use-deletion';
import { useKeyCapabilities, useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { i18n, params, useMessages } from '@/i18n';
import { useCustomerCrumbs } from './customer-crumbs';
import { CustomerFields } from './customer-fields';
import { CustomerRelatedLinks } from './customer-related-links';
import type { CustomerSummary } from './customer-search-index';

const messages = i18n('customers/customer-detail-page', {
  lockedTitle: 'Not deleted: the customer is locked',
  lockedText: 'An action is already running on this customer. Wait until it has finished, then delete again.',
  protectedTitle: 'Not deleted: the customer is protected',
  protectedText: 'The API does not allow deleting this customer. Ask 4b42 support if it really has to go.',
  what: params<{ customer: string }>('Customer {customer}'),
  deleted: params<{ customer: string }>('Customer {customer} deleted. Back to the list…'),
  customer: params<{ customer: string }>('Customer {customer}'),
  number: params<{ customer: string }>('Customer number {customer}'),
  edit: 'Edit',
  deleteTitle: params<{ customer: string }>('Delete customer {customer}?'),
  deleteConfirm: 'Delete customer',
  thisCustomer: 'This customer',
  removed: 'and everything that belongs to it are removed from the API. This cannot be undone.',
  details: 'Details',
  directory: 'Directory',
  directoryDescription: 'This customer’s users, groups and UPN suffixes.',
});
type Messages = ReturnType<typeof messages.get>;

/** What a 409 on DELETE means for a customer, in the user's terms. */
const conflicts = (t: Messages): Record<string, ConflictExplanation> => ({
  locked: { title: t.lockedTitle, text: t.lockedText },
  protected: { title: t.protectedTitle, text: t.protectedText },
});

/** GET /v1/customer/{customerNumber}, with edit and delete. */
export function CustomerDetailPage({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const up = useListReturn();
  const deletion = useDeletion(customerMutations.remove(customerNumber), {
    what: t.what({ customer: customerNumber }),
    onDeleted: () => void navigate({ ...up('/customers'), replace: true }),
  });

  // Once deleted, the detail query is gone from the cache: stop rendering it before it refetches.
  if (deletion.removal.isSuccess) return <LoadingState label={t.deleted({ customer: customerNumber })} />;
  return <CustomerDetail customerNumber={customerNumber} deletion={deletion} />;
}

function CustomerDetail({ customerNumber, deletion }: { customerNumber: string; deletion: Deletion }) {
  const t = useMessages(messages);
  const { data: customer } = useSuspenseQuery(customerQueries.detail(customerNumber));
  const crumbs = useCustomerCrumbs();
  const guid = useKnownGuid(customerNumber, customer.guid);
  const deleteOff = useWriteDisabledReason(endpoint('customer.delete'), { customerNumber });
  // A customer's own key does not close its own account from the portal.
  const ownAccount = useKeyCapabilities().customerNumber === customerNumber;
  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('customer.get')} params={{ customerNumber }} />}
        crumbs={crumbs}
        title={customer.description || t.customer({ customer: customerNumber })}
        description={t.number({ customer: customerNumber })}
        actions={
          <>
            <WriteLinkButton
              to="/customers/$customerNumber/edit"
              params={{ customerNumber }}
              writes={endpoint('customer.update')}
              writeParams={{ customerNumber }}
            >
              {t.edit}
            </WriteLinkButton>
            {!ownAccount && (
              <DeleteButton
                deletion={deletion}
                disabledReason={deleteOff}
                title={t.deleteTitle({ customer: customerNumber })}
                confirmLabel={t.deleteConfirm}
                typeToConfirm={customerNumber}
                conflicts={conflicts(t)}
              >
                <p>
                  {customer.description ? <strong>{customer.description}</strong> : t.thisCustomer}{' '}
                  {t.removed}
                </p>
              </DeleteButton>
            )}
          </>
        }
      />
      <div className="space-y-6">
        <DetailSection id="customer-details" title={t.details}>
          <CustomerFields customer={customer} guid={guid} />
        </DetailSection>
        <DetailSection id="customer-directory" title={t.directory} description={t.directoryDescription}>
          <CustomerRelatedLinks customerNumber={customerNumber} />
        </DetailSection>
      </div>
    </>
  );
}

/** The detail's own GUID, else the one a cached list has; never a request just for it. */
function useKnownGuid(customerNumber: string, own: string | null | undefined): string | null {
  const client = useQueryClient();
  if (own) return own;
  const list = client.getQueryData<CustomerSummary[]>(customerKeys.list());
  return list?.find((c) => c.name === customerNumber)?.guid ?? null;
}
