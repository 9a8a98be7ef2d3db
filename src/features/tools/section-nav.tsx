import { Link } from '@tanstack/react-router';

export const TOOLS_CRUMB = { label: 'Tools', to: '/tools/ssh' } as const;

const SECTIONS = [
  { to: '/tools/ssh', label: 'SSH check' },
  { to: '/tools/movie', label: 'Movie lookup' },
] as const;

export function ToolsSectionNav() {
  return (
    <nav aria-label="Tools" className="-mt-3 mb-6">
      <ul className="flex gap-1 text-sm">
        {SECTIONS.map((section) => (
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
