import { Link } from '@tanstack/react-router';
import { isApiError } from '@/api/api-error';
import { identifierMessages } from '@/api/domain/identifiers';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '@/features/ui/route-states';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { useMessages } from '@/i18n';
import { customerRouteMessages } from './customer-route-messages';

/** While the customers list loads. */
export function CustomersLoading() {
  const t = useMessages(customerRouteMessages);
  return <LoadingState label={t.loadingList} />;
}

/** While one customer loads. */
export function CustomerLoading() {
  const t = useMessages(customerRouteMessages);
  return <LoadingState label={t.loadingCustomer} />;
}

function BackLink() {
  const t = useMessages(customerRouteMessages);
  return (
    <Link to="/customers" className={backLinkClass}>
      {t.back}
    </Link>
  );
}
const backLink = <BackLink />;

export function CustomerListError({ error }: { error: unknown }) {
  const t = useMessages(customerRouteMessages);
  return (
    <RouteLoadError error={error} title={t.customers} what={t.theCustomers} forbidden={t.listForbidden} />
  );
}

/** A customer page that failed: a 403 for a customer-scoped key says which customer it may see. */
export function CustomerLoadError({ error, customerNumber }: { error: unknown; customerNumber: string }) {
  const t = useMessages(customerRouteMessages);
  const { customerNumber: ownCustomer } = useKeyCapabilities();
  const forbidden = isApiError(error) && error.status === 403;
  return (
    <RouteLoadError
      error={error}
      title={t.customer({ customer: customerNumber })}
      what={t.theCustomer}
      notFound={t.notFound}
      forbidden={t.forbidden}
      back={backLink}
    >
      {forbidden && ownCustomer && ownCustomer !== customerNumber && (
        <p className="mt-2">
          {t.onlyReaches}{' '}
          <Link
            to="/customers/$customerNumber"
            params={{ customerNumber: ownCustomer }}
            className="font-mono underline underline-offset-2"
          >
            {ownCustomer}
          </Link>
          {t.otherPaths}
        </p>
      )}
    </RouteLoadError>
  );
}

/** A route parameter that cannot be a customer number: nothing is requested. */
export function InvalidCustomerNumber({ value }: { value: string }) {
  const t = useMessages(customerRouteMessages);
  const identifiers = useMessages(identifierMessages);
  return (
    <InvalidPathParam
      title={t.notANumber}
      value={value}
      rule={t.notANumberRule({ rule: identifiers.customerNumber })}
      back={backLink}
    />
  );
}

export { customerRouteMessages };
