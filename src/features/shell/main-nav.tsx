import { Link } from '@tanstack/react-router';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { cx } from '@/features/ui/class-names';
import { Icon } from '@/features/ui/icon';
import { i18n, useMessages } from '@/i18n';
import type { NavItem } from './nav-items';

const messages = i18n('shell/main-nav', { label: 'Main', menu: 'Menu' });

const ITEM_CLASS =
  'flex w-full items-center rounded-md px-3 py-2 text-left text-sm font-medium text-slate-700 ' +
  'hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-slate-50';
/** The area's line icon; decorative, the label names the link. */
function NavIcon({ d }: { d: string | undefined }) {
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
  // Also re-renders the items on a language switch: their labels are read here.
  const t = useMessages(messages);
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
    <nav aria-label={t.label} onKeyDown={onKeyDown} className="md:w-56 md:shrink-0">
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
        {t.menu}
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
                <NavIcon d={item.icon} />
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
                <NavIcon d={item.icon} />
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
