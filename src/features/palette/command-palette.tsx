import { Dialog, DialogBackdrop, DialogPanel, DialogTitle } from '@headlessui/react';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter, useRouterState } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { customerOfParams } from '@/api/permissions';
import { visibleNavItems } from '@/features/shell/nav-items';
import { setThemePreference } from '@/features/theme/theme-store';
import { useResolvedTheme } from '@/features/theme/use-theme';
import { cx } from '@/features/ui/class-names';
import { focusPage } from '@/features/ui/focus-page';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { i18n, params, setLocale, useLocale, useMessages } from '@/i18n';
import { cachedRecords } from './cached-records';
import {
  type PaletteAction,
  type PaletteCommand,
  paletteCommands,
  paletteSections,
  sectionName,
} from './palette-commands';
import { readRecentVisits } from './recent-visits';
import { takeTypeAhead } from './type-ahead';

const messages = i18n('palette/command-palette', {
  title: 'Command palette',
  label: 'Go to a page, a record or an action',
  placeholder: 'Go to or do…',
  results: 'Results',
  nothing: params<{ query: string }>('Nothing matches “{query}”.'),
  help: '↑ ↓ to move, Enter to go, Esc to close. Records are the ones already loaded on this connection.',
});

export type PaletteActions = Record<Exclude<PaletteAction, 'switch-theme'>, () => void>;

export interface CommandPaletteProps {
  open: boolean;
  onClose: () => void;
  actions: PaletteActions;
  /** A demo connection: the demo controls are an action. */
  demo: boolean;
}

/**
 * Go anywhere or do anything by keyboard: pages, records already in the cache, recent pages and
 * actions, filtered as you type. A combobox over a grouped listbox (ARIA APG pattern) in a modal
 * dialog, which returns focus to where it was when it closes.
 */
export function CommandPalette({ open, onClose, actions, demo }: CommandPaletteProps) {
  const t = useMessages(messages);
  return (
    <Dialog open={open} onClose={onClose} className="relative z-50">
      <DialogBackdrop className="fixed inset-0 bg-slate-950/50" />
      <div className="fixed inset-0 flex items-start justify-center p-2 pt-[8vh] sm:p-4 sm:pt-[12vh]">
        <DialogPanel className="flex max-h-[80vh] w-full max-w-xl flex-col overflow-hidden rounded-lg bg-white shadow-xl ring-1 ring-slate-900/10 dark:bg-slate-900 dark:ring-slate-700">
          <DialogTitle className="sr-only">{t.title}</DialogTitle>
          {/* Mounted per open: the query starts empty and the cache is read afresh. */}
          <PaletteSearch onClose={onClose} actions={actions} demo={demo} />
        </DialogPanel>
      </div>
    </Dialog>
  );
}

function PaletteSearch({ onClose, actions, demo }: Omit<CommandPaletteProps, 'open'>) {
  const t = useMessages(messages);
  const locale = useLocale();
  const queryClient = useQueryClient();
  const router = useRouter();
  const capabilities = useKeyCapabilities();
  const theme = useResolvedTheme();
  const currentHref = useRouterState({ select: (s) => s.location.href });
  const currentCustomer = useRouterState({ select: (s) => customerOfParams(s.matches.at(-1)?.params) });
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();

  const commands = useMemo(
    () =>
      paletteCommands({
        navItems: visibleNavItems(capabilities),
        capabilities,
        records: cachedRecords(queryClient, capabilities.customerNumber),
        recent: readRecentVisits(),
        currentHref,
        currentCustomer,
        theme,
        demo,
        locale,
      }),
    // The locale: the commands' texts are read in the language now.
    [queryClient, capabilities, currentHref, currentCustomer, theme, demo, locale],
  );
  const groups = useMemo(() => paletteSections(commands, query), [commands, query]);
  const shown = useMemo(() => groups.flatMap((g) => g.commands), [groups]);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  });

  const run = (command: PaletteCommand | undefined) => {
    if (!command || command.disabledReason) return;
    const { target } = command;
    onClose();
    // The dialog gives focus back to its opener as it closes; the new page takes it once shown.
    if (target.kind === 'link')
      void router
        .navigate({
          to: target.to,
          params: target.params ?? {},
          search: target.search ?? {},
        } as never)
        .then(focusPage);
    else if (target.kind === 'href') void router.navigate({ href: target.href }).then(focusPage);
    else if (target.kind === 'locale') void setLocale(target.locale);
    else if (target.action === 'switch-theme') setThemePreference(theme === 'dark' ? 'light' : 'dark');
    else actions[target.action]();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[activeIndex]);
    }
  };

  let index = -1;
  return (
    <>
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 dark:border-slate-700">
        <svg
          viewBox="0 0 24 24"
          className="h-4 w-4 shrink-0 text-slate-500 dark:text-slate-400"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <input
          // Headless UI's dialog focuses the element so marked when it opens.
          data-autofocus
          role="combobox"
          aria-expanded={shown.length > 0}
          aria-controls={shown.length > 0 ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-label={t.label}
          placeholder={t.placeholder}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            const typed = takeTypeAhead();
            const typedQuery = query + typed.text;
            // Enter among the keys: the best match for all of them, as Enter in the box would.
            if (typed.enter) run(paletteSections(commands, typedQuery)[0]?.commands[0]);
            else if (typed.text) {
              setQuery(typedQuery);
              setActive(0);
            }
          }}
          autoComplete="off"
          spellCheck={false}
          className="w-full min-w-0 bg-transparent py-3 text-base text-slate-900 placeholder:text-slate-500 focus:outline-none dark:text-slate-50 dark:placeholder:text-slate-400"
        />
      </div>
      {shown.length > 0 ? (
        <div
          id={listId}
          role="listbox"
          aria-label={t.results}
          className="min-h-0 flex-1 overflow-y-auto p-1.5"
        >
          {groups.map((group, g) => (
            // An id by position: a section's name has spaces ("DNS zones"), which split aria-labelledby.
            // biome-ignore lint/a11y/useSemanticElements: a listbox's section is a role=group, not a fieldset.
            <div key={group.section} role="group" aria-labelledby={`${listId}-group-${g}`}>
              <div
                role="presentation"
                id={`${listId}-group-${g}`}
                className="px-2.5 pt-2 pb-1 text-xs font-semibold text-slate-600 uppercase dark:text-slate-400"
              >
                {sectionName(group.section)}
              </div>
              {group.commands.map((command) => {
                index += 1;
                const at = index;
                const isActive = at === activeIndex;
                return (
                  // Options are reached through the combobox's aria-activedescendant, not by Tab;
                  // the mouse may pick one too.
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keys.
                  <div
                    key={command.id}
                    id={optionId(at)}
                    role="option"
                    tabIndex={-1}
                    aria-selected={isActive}
                    aria-disabled={command.disabledReason ? true : undefined}
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => at !== activeIndex && setActive(at)}
                    onClick={() => run(command)}
                    className={cx(
                      'cursor-pointer rounded-md px-2.5 py-2 text-sm',
                      isActive
                        ? 'bg-teal-50 ring-1 ring-teal-600/50 dark:bg-teal-950 dark:ring-teal-400/50'
                        : 'hover:bg-slate-50 dark:hover:bg-slate-800',
                      command.disabledReason && 'cursor-not-allowed',
                    )}
                  >
                    <span
                      className={cx(
                        'block font-medium',
                        command.disabledReason
                          ? 'text-slate-500 dark:text-slate-400'
                          : 'text-slate-900 dark:text-slate-50',
                      )}
                    >
                      {command.label}
                    </span>
                    {command.detail && (
                      <span className="block truncate text-xs text-slate-600 dark:text-slate-400">
                        {command.detail}
                      </span>
                    )}
                    {command.disabledReason && (
                      <span className="mt-0.5 block text-xs text-amber-800 dark:text-amber-300">
                        {command.disabledReason}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      ) : (
        <p role="status" className="px-4 py-6 text-center text-sm text-slate-700 dark:text-slate-300">
          {t.nothing({ query: query.trim() })}
        </p>
      )}
      <p className="border-t border-slate-200 px-3 py-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        {t.help}
      </p>
    </>
  );
}
