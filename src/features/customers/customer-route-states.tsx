import { Link, useRouter } from '@tanstack/react-router';
import { isApiError } from '@/api/api-error';
import { IDENTIFIER_MESSAGES } from '@/api/domain/identifiers';
import { ErrorPanel } from '../ui/error-panel';
import { PageHeader } from '../ui/page-header';
import { useKeyCapabilities } from '../ui/use-key-capabilities';

/** What the customer routes show while loading and when loading failed. */

const backLink = (
  <Link
    to="/customers"
    className="text-sm font-medium text-teal-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300"
  >
    Back to all customers
  </Link>
);

function useRetry() {
  const router = useRouter();
  return () => void router.invalidate();
}

export function CustomerListError({ error }: { error: unknown }) {
  const retry = useRetry();
  return (
    <>
      <PageHeader title="Customers" />
      <ErrorPanel error={error} title="The customers could not be loaded" onRetry={retry} />
    </>
  );
}

/** A customer page that failed: a 403 for a customer-scoped key says which customer it may see. */
export function CustomerLoadError({ error, customerNumber }: { error: unknown; customerNumber: string }) {
  const retry = useRetry();
  const { customerNumber: ownCustomer } = useKeyCapabilities();
  const forbidden = isApiError(error) && error.status === 403;
  const notFound = isApiError(error) && error.status === 404;
  return (
    <>
      <PageHeader title={`Customer ${customerNumber}`} />
      <ErrorPanel
        error={error}
        title={
          forbidden
            ? 'This key may not see this customer'
            : notFound
              ? 'No such customer'
              : 'The customer could not be loaded'
        }
        onRetry={forbidden || notFound ? undefined : retry}
      >
        {forbidden && ownCustomer && ownCustomer !== customerNumber && (
          <p className="mt-2">
            This key only reaches customer{' '}
            <Link
              to="/customers/$customerNumber"
              params={{ customerNumber: ownCustomer }}
              className="font-mono underline underline-offset-2"
            >
              {ownCustomer}
            </Link>
            : the API answers every other customer’s paths with 403.
          </p>
        )}
      </ErrorPanel>
      <p className="mt-4">{backLink}</p>
    </>
  );
}

/** A route parameter that cannot be a customer number: nothing is requested. */
export function InvalidCustomerNumber({ value }: { value: string }) {
  return (
    <>
      <PageHeader title="Not a customer number" />
      <div role="alert" className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <p>
          “<span className="font-mono break-all">{value}</span>” is not a customer number.{' '}
          {IDENTIFIER_MESSAGES.customerNumber}.
        </p>
        <p>{backLink}</p>
      </div>
    </>
  );
}
