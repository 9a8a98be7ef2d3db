import { Link } from '@tanstack/react-router';

/** The internet area's pages, as a row of links under each page's header. */
export const INTERNET_SECTIONS = [
  { to: '/internet/asns', label: 'AS numbers' },
  { to: '/internet/exchanges', label: 'Exchanges' },
  { to: '/internet/ipv4', label: 'IPv4 ranges' },
  { to: '/internet/resources', label: 'Resources' },
  { to: '/internet/tunnel', label: 'Layer-2 tunnel' },
  { to: '/internet/abuse', label: 'Abuse' },
] as const;

export const INTERNET_CRUMB = { label: 'Internet resources', to: '/internet/asns' } as const;

export function InternetSectionNav() {
  return (
    <nav aria-label="Internet resources" className="-mt-3 mb-6 overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {INTERNET_SECTIONS.map((section) => (
          <li key={section.to}>
            <Link
              to={section.to}
              className="block whitespace-nowrap rounded-md px-2.5 py-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-slate-300 dark:hover:bg-slate-800"
              activeProps={{
                'aria-current': 'page',
                className: 'bg-teal-50 font-medium text-teal-900 dark:bg-teal-950 dark:text-teal-100',
              }}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
