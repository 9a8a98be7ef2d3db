import { Link } from '@tanstack/react-router';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('customers/customer-related-links', {
  users: 'Users',
  groups: 'Groups',
  suffixes: 'UPN suffixes',
  nav: params<{ customer: string }>('Directory of customer {customer}'),
});

/** Where a customer's users, groups and UPN suffixes are managed: the directory area. */
const RELATED = [
  { key: 'users', to: '/directory/$customerNumber/users' },
  { key: 'groups', to: '/directory/$customerNumber/groups' },
  { key: 'suffixes', to: '/directory/$customerNumber/suffixes' },
] as const;

export function CustomerRelatedLinks({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  return (
    <nav aria-label={t.nav({ customer: customerNumber })}>
      <ul className="flex flex-wrap gap-2">
        {RELATED.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              params={{ customerNumber }}
              className="inline-flex rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-teal-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:text-teal-300 dark:hover:bg-slate-800"
            >
              {t[item.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
