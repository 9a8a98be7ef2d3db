import { Link } from '@tanstack/react-router';
import { IDENTIFIER_MESSAGES } from '@/api/domain/identifiers';
import { PageHeader } from '@/features/ui/page-header';
import { backLinkClass } from '@/features/ui/route-states';

/** The address holds something that is not a user id; nothing was requested. */
export function NotAUserId({ value, customerNumber }: { value: string; customerNumber: string }) {
  const isCustomerNumber = /^\d{8}$/.test(value);
  return (
    <>
      <PageHeader title="Not a user id" />
      <div role="alert" className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <p>
          “<span className="font-mono break-all">{value}</span>” is not a user id.{' '}
          {IDENTIFIER_MESSAGES.userId}: the customer number, an underscore and a number.
        </p>
        {isCustomerNumber && (
          <p>
            It is shaped like a customer number.{' '}
            <Link
              to="/directory/$customerNumber/users"
              params={{ customerNumber: value }}
              className={backLinkClass}
            >
              Open the users of customer {value}
            </Link>
          </p>
        )}
        <p>
          <Link to="/directory/$customerNumber/users" params={{ customerNumber }} className={backLinkClass}>
            Back to the users of customer {customerNumber}
          </Link>
        </p>
      </div>
    </>
  );
}
