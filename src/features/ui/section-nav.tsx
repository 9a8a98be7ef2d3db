import { Link, useLocation } from '@tanstack/react-router';
import { type RefObject, useLayoutEffect, useRef } from 'react';
import { cx } from './class-names';

/** One page of an area: where it lives and its tab's label. */
export interface Section {
  to: string;
  label: string;
}

const linkLook = {
  className:
    'block whitespace-nowrap rounded-md px-2.5 py-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-slate-300 dark:hover:bg-slate-800',
  active: 'bg-teal-50 font-medium text-teal-900 dark:bg-teal-950 dark:text-teal-100',
};
const tabLook = {
  className: 'inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium',
  active: 'border-teal-700 text-teal-800 dark:border-teal-400 dark:text-teal-300',
  inactive: 'border-transparent text-slate-700 hover:border-slate-300 dark:text-slate-300',
};

/**
 * An area's pages as a row of links (under a page's header), or as underlined tabs over the
 * area's pages (`tabs`: `current` says which one the page belongs to). The current one is marked.
 */
export function SectionNav({
  label,
  sections,
  params,
  tabs,
}: {
  label: string;
  sections: readonly Section[];
  /** The path parameters every section's link takes (e.g. the directory's customer number). */
  params?: Record<string, string>;
  tabs?: { current: string };
}) {
  const navRef = useRef<HTMLElement>(null);
  useCurrentInView(navRef);
  if (tabs)
    return (
      <nav
        ref={navRef}
        aria-label={label}
        // overflow-y hidden: otherwise the tabs' underline leaves a stray vertical scrollbar stub.
        className="overflow-x-auto overflow-y-hidden border-b border-slate-200 dark:border-slate-700"
      >
        <ul className="flex gap-1">
          {sections.map((section) => (
            <li key={section.to}>
              <Link
                to={section.to}
                params={params}
                className={cx(
                  tabLook.className,
                  section.to === tabs.current ? tabLook.active : tabLook.inactive,
                )}
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    );
  return (
    <nav ref={navRef} aria-label={label} className="-mt-3 mb-6 overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {sections.map((section) => (
          <li key={section.to}>
            <Link
              to={section.to}
              params={params}
              className={linkLook.className}
              activeProps={{ 'aria-current': 'page', className: linkLook.active }}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * On a phone the row scrolls sideways, and the page's own section may start out of sight (the
 * last ones). Scrolls the row, not the page, to bring it in, once per page.
 */
function useCurrentInView(navRef: RefObject<HTMLElement | null>) {
  const pathname = useLocation({ select: (location) => location.pathname });
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per page, not on every render
  useLayoutEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    const start = current.getBoundingClientRect().left - nav.getBoundingClientRect().left + nav.scrollLeft;
    const end = start + current.offsetWidth;
    // Whole pixels, rounded outwards: a fraction would leave an edge of the link cut off.
    if (start < nav.scrollLeft) nav.scrollLeft = Math.floor(start);
    else if (end > nav.scrollLeft + nav.clientWidth) nav.scrollLeft = Math.ceil(end - nav.clientWidth);
  }, [pathname]);
}
