import { Link } from '@tanstack/react-router';
import { PageHeader } from '@/features/ui/page-header';
import { backLinkClass } from '@/features/ui/route-states';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('directory/not-a-user-id', {
  title: 'Not a user id',
  // Around the value as typed, which is shown in a monospace font.
  before: '“',
  after: '” is not a user id.',
  shape: 'A user id looks like 12345678_1234: the customer number, an underscore and a number.',
  customerShaped: 'It is shaped like a customer number.',
  openUsers: params('Open the users of customer {customerNumber}'),
  back: params('Back to the users of customer {customerNumber}'),
});

/** The address holds something that is not a user id; nothing was requested. */
export function NotAUserId({ value, customerNumber }: { value: string; customerNumber: string }) {
  const t = useMessages(messages);
  const isCustomerNumber = /^\d{8}$/.test(value);
  return (
    <>
      <PageHeader title={t.title} />
      <div role="alert" className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <p>
          {t.before}
          <span className="font-mono break-all">{value}</span>
          {t.after} {t.shape}
        </p>
        {isCustomerNumber && (
          <p>
            {t.customerShaped}{' '}
            <Link
              to="/directory/$customerNumber/users"
              params={{ customerNumber: value }}
              className={backLinkClass}
            >
              {t.openUsers({ customerNumber: value })}
            </Link>
          </p>
        )}
        <p>
          <Link to="/directory/$customerNumber/users" params={{ customerNumber }} className={backLinkClass}>
            {t.back({ customerNumber })}
          </Link>
        </p>
      </div>
    </>
  );
}
