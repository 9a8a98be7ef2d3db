import { Link } from '@tanstack/react-router';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { cx } from '../ui/class-names';
import { Icon } from '../ui/icon';
import type { NavItem } from './nav-items';

const ITEM_CLASS =
  'flex w-full items-center rounded-md px-3 py-2 text-left text-sm font-medium text-slate-700 ' +
  'hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-slate-50';
/** One line icon per area (24×24 paths); decorative, the label names the link. */
const NAV_ICONS: Record<string, string> = {
  home: 'M3 11l9-8 9 8M5 10v10h14V10',
  customers: 'M3 21V7l9-4 9 4v14M9 21v-6h6v6',
  account: 'M3 21V7l9-4 9 4v14M9 21v-6h6v6',
  directory: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8M2 21a7 7 0 0 1 14 0M17 3a4 4 0 0 1 0 8M22 21a7 7 0 0 0-4-6',
  suffixes: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  dns: 'M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01',
  internet: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M3 12h18',
  servers: 'M4 3h16v8H4zM4 13h16v8H4zM8 7h.01M8 17h.01M12 7h4M12 17h4',
  tools: 'M14 7l3-3 3 3-3 3M4 20l10-10M6 4l2 2-2 2-2-2z',
  explorer: 'M8 9l-4 3 4 3M16 9l4 3-4 3M14 5l-4 14',
  'request-log': 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01',
  audit: 'M5 3h14v18H5zM9 12l2 2 4-4',
  errors: 'M12 3 2 21h20zM12 10v5M12 18h.01',
};

function NavIcon({ id }: { id: string }) {
  const d = NAV_ICONS[id];
  return d ? (
    <Icon className="mr-2.5 h-4 w-4 opacity-80">
      <path d={d} />
    </Icon>
  ) : null;
}

const ACTIVE_CLASS =
  'bg-teal-50 text-teal-900 ring-1 ring-teal-600/40 dark:bg-teal-950 dark:text-teal-100 dark:ring-teal-400/40';

/**
 * The primary navigation. On a phone it folds behind a "Menu" disclosure; from `md` up it is an
 * always-open sidebar (the button is hidden there).
 */
export function MainNav({
  items,
  onOpenRequestLog,
}: {
  items: readonly NavItem[];
  onOpenRequestLog: () => void;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = () => setOpen(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      close();
      buttonRef.current?.focus();
    }
  };

  return (
    <nav aria-label="Main" onKeyDown={onKeyDown} className="md:w-56 md:shrink-0">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        className={cx(
          ITEM_CLASS,
          'justify-between border border-slate-300 dark:border-slate-600 md:hidden',
          'focus-visible:outline-2 focus-visible:outline-teal-600',
        )}
      >
        Menu
        <svg
          viewBox="0 0 20 20"
          className={cx('h-4 w-4 transition-transform', open && 'rotate-180')}
          aria-hidden="true"
        >
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <ul id={listId} className={cx('mt-2 space-y-0.5 md:mt-0 md:block', open ? 'block' : 'hidden')}>
        {items.map((item) => (
          <li key={item.id}>
            {item.target.kind === 'request-log' ? (
              <button
                type="button"
                className={ITEM_CLASS}
                aria-haspopup="dialog"
                onClick={() => {
                  close();
                  onOpenRequestLog();
                }}
              >
                <NavIcon id={item.id} />
                {item.label}
              </button>
            ) : (
              <Link
                to={item.target.to}
                search={item.target.search ?? {}}
                params={item.target.params ?? {}}
                // An area stays current on its sub-pages (/customers/…); where the search is the
                // target (/explorer?area=dns) only that exact one is current.
                activeOptions={
                  item.target.search
                    ? { exact: true, includeSearch: true }
                    : { exact: item.target.to === '/', includeSearch: false }
                }
                activeProps={{ className: ACTIVE_CLASS }}
                className={ITEM_CLASS}
                onClick={close}
              >
                <NavIcon id={item.id} />
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
