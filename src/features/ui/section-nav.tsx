import { Link } from '@tanstack/react-router';

/** One page of an area: where it lives and its tab's label. */
export interface Section {
  to: string;
  label: string;
}

/** An area's pages as a row of links under each page's header; the current one is marked. */
export function SectionNav({ label, sections }: { label: string; sections: readonly Section[] }) {
  return (
    <nav aria-label={label} className="-mt-3 mb-6 overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {sections.map((section) => (
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
