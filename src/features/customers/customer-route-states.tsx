import { Link } from '@tanstack/react-router';
import { isApiError } from '@/api/api-error';
import { IDENTIFIER_MESSAGES } from '@/api/domain/identifiers';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '../ui/route-states';
import { useKeyCapabilities } from '../ui/use-key-capabilities';

/** What the customer routes show when loading failed: the kit's route states, worded for customers. */

const backLink = (
  <Link to="/customers" className={backLinkClass}>
    Back to all customers
  </Link>
);

export function CustomerListError({ error }: { error: unknown }) {
  return (
    <RouteLoadError
      error={error}
      title="Customers"
      what="the customers"
      forbidden="The customers could not be loaded"
    />
  );
}

/** A customer page that failed: a 403 for a customer-scoped key says which customer it may see. */
export function CustomerLoadError({ error, customerNumber }: { error: unknown; customerNumber: string }) {
  const { customerNumber: ownCustomer } = useKeyCapabilities();
  const forbidden = isApiError(error) && error.status === 403;
  return (
    <RouteLoadError
      error={error}
      title={`Customer ${customerNumber}`}
      what="the customer"
      notFound="No such customer"
      forbidden="This key may not see this customer"
      back={backLink}
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
    </RouteLoadError>
  );
}

/** A route parameter that cannot be a customer number: nothing is requested. */
export function InvalidCustomerNumber({ value }: { value: string }) {
  return (
    <InvalidPathParam
      title="Not a customer number"
      value={value}
      rule={<>is not a customer number. {IDENTIFIER_MESSAGES.customerNumber}.</>}
      back={backLink}
    />
  );
}
