import { Link } from '@tanstack/react-router';

/**
 * Where a customer's users, groups and UPN suffixes are managed. Until the directory area has
 * pages of its own this is the API explorer; this list is the one place to point elsewhere.
 */
const RELATED = [
  { label: 'Users', endpoint: 'user.list', description: 'GET /v1/customer/user/{customerNumber}' },
  { label: 'Groups', endpoint: 'group.list', description: 'GET /v1/customer/group/{customerNumber}' },
  { label: 'UPN suffixes', endpoint: 'suffix.list', description: 'GET /v1/customer/suffix/{customerNumber}' },
] as const;

export function CustomerRelatedLinks({ customerNumber }: { customerNumber: string }) {
  return (
    <nav aria-label={`Directory of customer ${customerNumber}`}>
      <ul className="flex flex-wrap gap-2">
        {RELATED.map((item) => (
          <li key={item.endpoint}>
            <Link
              to="/explorer"
              search={{ area: 'directory', endpoint: item.endpoint }}
              title={item.description}
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
