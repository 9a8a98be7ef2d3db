import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { countryName } from '@/api/domain/countries';
import { customerQueries } from '@/api/queries/customers';
import { directoryQueries } from '@/api/queries/directory';
import { cardClass, cx } from '@/features/ui/class-names';
import { DetailList, DetailRow, PhoneNumber } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { ErrorPanel } from '@/features/ui/error-panel';
import { backLinkClass } from '@/features/ui/route-states';
import { formatNumber, i18n, useMessages, params as withParams } from '@/i18n';
import { PortalHomeLoading } from './portal-home-loading';

const messages = i18n('portal/portal-home', {
  users: 'Users',
  groups: 'Groups',
  suffixes: 'UPN suffixes',
  customer: withParams('Customer {customerNumber}'),
  details: 'Account details',
  failed: 'Your account could not be loaded',
  organisation: 'Organisation or person',
  address: 'Address',
  telephone: 'Telephone',
  directory: 'Your directory',
  uncounted: 'Could not be counted',
});

function count(data: unknown): number | null {
  if (Array.isArray(data)) return data.length;
  // The docs show the suffix list as one object: one suffix.
  return data && typeof data === 'object' ? 1 : null;
}

/**
 * "My account" for a key scoped to one customer: its record and how many users, groups and UPN
 * suffixes it has, each a way in. Everything here is the customer's own paths.
 */
export function PortalHome({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  const record = useQuery(customerQueries.detail(customerNumber));
  const users = useQuery(directoryQueries.users(customerNumber));
  const groups = useQuery(directoryQueries.groups(customerNumber));
  const suffixes = useQuery(directoryQueries.suffixes(customerNumber));
  const params = { customerNumber };

  const counts = [
    { key: 'users', query: users, to: '/directory/$customerNumber/users' },
    { key: 'groups', query: groups, to: '/directory/$customerNumber/groups' },
    { key: 'suffixes', query: suffixes, to: '/directory/$customerNumber/suffixes' },
  ] as const;

  return (
    <div className="space-y-4">
      <section aria-labelledby="account-title" className={cx(cardClass, 'space-y-3 p-4')}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="account-title" className="font-semibold text-slate-900 dark:text-slate-50">
            {t.customer({ customerNumber })}
          </h2>
          <Link to="/customers/$customerNumber" params={params} className={cx(backLinkClass, 'text-sm')}>
            {t.details}
          </Link>
        </div>
        {record.isPending ? (
          <PortalHomeLoading />
        ) : record.isError ? (
          <ErrorPanel error={record.error} title={t.failed} />
        ) : (
          <DetailList dense>
            <DetailRow label={t.organisation}>{record.data.description || <NotSet />}</DetailRow>
            <DetailRow label={t.address}>
              {[
                [record.data.street, record.data.streetnumber].filter(Boolean).join(' '),
                [record.data.zipcode, record.data.city].filter(Boolean).join(' '),
                record.data.country ? (countryName(record.data.country) ?? record.data.country) : null,
              ]
                .filter(Boolean)
                .join(', ') || <NotSet />}
            </DetailRow>
            <DetailRow label={t.telephone}>
              <PhoneNumber value={record.data.telephonenumber} />
            </DetailRow>
          </DetailList>
        )}
      </section>

      <ul className="grid gap-3 sm:grid-cols-3" aria-label={t.directory}>
        {counts.map(({ key, query, to }) => {
          const n = query.data === undefined ? null : count(query.data);
          return (
            <li key={key}>
              <Link
                to={to}
                params={params}
                className={cx(
                  cardClass,
                  'block p-4 transition-colors hover:border-teal-600 dark:hover:border-teal-400',
                )}
              >
                <span className="block text-2xl font-semibold text-slate-900 tabular-nums dark:text-slate-50">
                  {query.isError ? '–' : n === null ? '…' : formatNumber(n)}
                </span>{' '}
                <span className="text-sm text-teal-800 dark:text-teal-300">{t[key]}</span>
                {query.isError && (
                  <span className="block text-xs text-red-700 dark:text-red-300">{t.uncounted}</span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
