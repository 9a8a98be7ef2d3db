import { type UseMutationResult, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { customerKeys, customerMutations, customerQueries } from '../../api/queries/customers';
import { notify } from '../notifications/notify';
import { Button } from '../ui/button';
import { cardClass } from '../ui/class-names';
import { LoadingState } from '../ui/empty-state';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { useWriteDisabledReason } from '../ui/use-key-capabilities';
import { CustomerFields } from './customer-fields';
import { CustomerRelatedLinks } from './customer-related-links';
import type { CustomerSummary } from './customer-search-index';
import { DeleteCustomerDialog } from './delete-customer-dialog';

/** GET /v1/customer/{customerNumber}, with edit and delete. */
export function CustomerDetailPage({ customerNumber }: { customerNumber: string }) {
  const navigate = useNavigate();
  const removal = useMutation({ ...customerMutations.remove(customerNumber), meta: { form: true } });

  // Once deleted, the detail query is gone from the cache: stop rendering it before it refetches.
  if (removal.isSuccess)
    return <LoadingState label={`Customer ${customerNumber} deleted. Back to the list…`} />;

  const remove = () =>
    removal.mutate(undefined, {
      onSuccess: () => {
        notify({ kind: 'success', title: `Customer ${customerNumber} deleted` });
        void navigate({ to: '/customers', replace: true });
      },
    });
  return <CustomerDetail customerNumber={customerNumber} removal={removal} onRemove={remove} />;
}

function CustomerDetail({
  customerNumber,
  removal,
  onRemove,
}: {
  customerNumber: string;
  removal: UseMutationResult<unknown, unknown, void>;
  onRemove: () => void;
}) {
  const { data: customer } = useSuspenseQuery(customerQueries.detail(customerNumber));
  const guid = useKnownGuid(customerNumber, customer.guid);
  const writeOff = useWriteDisabledReason();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <PageHeader
        title={customer.description || `Customer ${customerNumber}`}
        description={`Customer number ${customerNumber}`}
        actions={
          <>
            {writeOff ? (
              <Button disabledReason={writeOff}>Edit</Button>
            ) : (
              <LinkButton to="/customers/$customerNumber/edit" params={{ customerNumber }}>
                Edit
              </LinkButton>
            )}
            <Button
              variant="danger"
              disabledReason={writeOff}
              onClick={() => {
                removal.reset();
                setConfirming(true);
              }}
            >
              Delete
            </Button>
          </>
        }
      />
      <div className="space-y-6">
        <section aria-labelledby="customer-details" className={`${cardClass} p-4 sm:p-6`}>
          <h2 id="customer-details" className="mb-4 text-lg font-semibold text-slate-900 dark:text-slate-50">
            Details
          </h2>
          <CustomerFields customer={customer} guid={guid} />
        </section>
        <section aria-labelledby="customer-directory" className={`${cardClass} p-4 sm:p-6`}>
          <h2
            id="customer-directory"
            className="mb-1 text-lg font-semibold text-slate-900 dark:text-slate-50"
          >
            Directory
          </h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            This customer’s users, groups and UPN suffixes.
          </p>
          <CustomerRelatedLinks customerNumber={customerNumber} />
        </section>
      </div>
      <DeleteCustomerDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        customerNumber={customerNumber}
        organisation={customer.description}
        onConfirm={onRemove}
        pending={removal.isPending}
        error={removal.error}
      />
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
