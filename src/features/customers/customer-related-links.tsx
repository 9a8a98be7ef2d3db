import { Link } from '@tanstack/react-router';

/** Where a customer's users, groups and UPN suffixes are managed: the directory area. */
const RELATED = [
  { label: 'Users', to: '/directory/$customerNumber/users' },
  { label: 'Groups', to: '/directory/$customerNumber/groups' },
  { label: 'UPN suffixes', to: '/directory/$customerNumber/suffixes' },
] as const;

export function CustomerRelatedLinks({ customerNumber }: { customerNumber: string }) {
  return (
    <nav aria-label={`Directory of customer ${customerNumber}`}>
      <ul className="flex flex-wrap gap-2">
        {RELATED.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              params={{ customerNumber }}
              className="inline-flex rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-teal-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:text-teal-300 dark:hover:bg-slate-800"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
