import { Dialog, DialogBackdrop, DialogPanel, DialogTitle } from '@headlessui/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ApiCallEvent } from '@/api/call-events';
import { clearRequestLog, REQUEST_LOG_SIZE } from '@/api/request-log';
import { count, i18n, params, useMessages } from '@/i18n';
import { LogEntryDetails } from './log-entry-details';
import { LogEntryList } from './log-entry-list';
import { LogExportBar } from './log-export-bar';
import { filterCalls, isFiltered, type LogFilters, NO_FILTERS } from './log-filter';
import { LogFilterBar } from './log-filter-bar';
import { useRequestLog } from './use-request-log';

const messages = i18n('request-log/request-log-drawer', {
  title: 'Request log',
  lead: params<{ size: number }>(
    'The last {size} calls of this tab, newest first, kept until you sign out. Keys and passwords are masked.',
  ),
  close: 'Close request log',
  importedBefore: count({ one: '{count} call imported from', other: '{count} calls imported from' }),
  importedAfter: "read with this API's meanings.",
  back: "Back to this tab's calls",
  matching: params<{ shown: number; total: number }>('{shown} of {total} calls match'),
  total: count({ one: '{count} call', other: '{count} calls' }),
  selected: params<{ count: number }>(', {count} selected'),
  noCalls: 'No calls yet',
  noMatch: 'No call matches the filters',
});

/**
 * The last 100 API calls of this tab (kept across reloads) in a drawer from the right (full width
 * on a phone): filters, selection with HAR/JSON export, HAR import, and each call in full with
 * copy buttons, "Send again", "Copy as curl" and "Open in explorer".
 */
export function RequestLogDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(messages);
  const ownCalls = useRequestLog();
  const [imported, setImported] = useState<{ name: string; calls: ApiCallEvent[] } | null>(null);
  const calls = imported?.calls ?? ownCalls;
  const [filters, setFilters] = useState<LogFilters>(NO_FILTERS);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => filterCalls(calls, filters), [calls, filters]);
  const selected = useMemo(() => calls.filter((c) => selectedIds.has(c.id)), [calls, selectedIds]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const opened = openId ? calls.find((c) => c.id === openId) : undefined;

  // Each opening starts at the list.
  useEffect(() => {
    if (!open) setOpenId(null);
  }, [open]);

  // Focus follows the view: the details' heading, then back to the entry it came from.
  useLayoutEffect(() => {
    if (opened) {
      detailsHeading.current?.focus();
    } else if (returnTo) {
      panel.current?.querySelector<HTMLElement>(`[data-call-id="${returnTo}"]`)?.focus();
      setReturnTo(null);
    }
  }, [opened, returnTo]);

  const select = (id: string, on: boolean) =>
    setSelectedIds((ids) => {
      const next = new Set(ids);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const selectShown = (on: boolean) =>
    setSelectedIds((ids) => {
      const next = new Set(ids);
      for (const call of shown) {
        if (on) next.add(call.id);
        else next.delete(call.id);
      }
      return next;
    });
  const switchSource = (next: { name: string; calls: ApiCallEvent[] } | null) => {
    setImported(next);
    setSelectedIds(new Set());
    setFilters(NO_FILTERS);
  };

  const back = () => {
    setReturnTo(openId);
    setOpenId(null);
  };

  return (
    <Dialog open={open} onClose={onClose} className="relative z-50">
      <DialogBackdrop
        transition
        className="fixed inset-0 bg-slate-950/50 transition-opacity duration-200 data-closed:opacity-0 motion-reduce:transition-none"
      />
      <div className="fixed inset-0 flex justify-end overflow-hidden">
        <DialogPanel
          ref={panel}
          transition
          className="flex h-full w-full flex-col bg-white shadow-xl transition-transform duration-200 ease-out data-closed:translate-x-full motion-reduce:transition-none sm:max-w-xl dark:bg-slate-900"
        >
          <div className="flex items-start justify-between gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
            <div className="min-w-0">
              <DialogTitle className="text-lg font-semibold text-slate-900 dark:text-slate-50">
                {t.title}
              </DialogTitle>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {t.lead({ size: REQUEST_LOG_SIZE })}
              </p>
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label={t.close}
              className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              <svg viewBox="0 0 20 20" className="h-5 w-5" aria-hidden="true" fill="currentColor">
                <path d="M5.3 4.3a1 1 0 0 0-1.4 1.4L8.6 10l-4.7 4.3a1 1 0 1 0 1.4 1.4L10 11.4l4.7 4.3a1 1 0 0 0 1.4-1.4L11.4 10l4.7-4.3a1 1 0 0 0-1.4-1.4L10 8.6 5.3 4.3Z" />
              </svg>
            </button>
          </div>
          {opened ? (
            <LogEntryDetails
              ref={detailsHeading}
              call={opened}
              onBack={back}
              onNavigate={onClose}
              imported={imported !== null}
            />
          ) : (
            <div className="min-h-0 flex-1 overflow-y-auto">
              <div className="space-y-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
                {imported && (
                  <div
                    role="note"
                    className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-50"
                  >
                    <span>
                      {t.importedBefore(imported.calls.length)} <strong>{imported.name}</strong>,{' '}
                      {t.importedAfter}
                    </span>
                    <button
                      type="button"
                      onClick={() => {
                        // The note and this button go: the keyboard's place is the search box.
                        search.current?.focus();
                        switchSource(null);
                      }}
                      className="font-medium underline hover:no-underline"
                    >
                      {t.back}
                    </button>
                  </div>
                )}
                <LogFilterBar calls={calls} filters={filters} onChange={setFilters} searchRef={search} />
                <LogExportBar
                  shown={shown}
                  selected={selected}
                  onSelectShown={selectShown}
                  onImport={(name, importedCalls) => switchSource({ name, calls: importedCalls })}
                  {...(imported ? {} : { onClear: clearRequestLog })}
                  logged={ownCalls.length}
                />
                <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
                  {isFiltered(filters)
                    ? t.matching({ shown: shown.length, total: calls.length })
                    : t.total(calls.length)}
                  {selected.length > 0 ? t.selected({ count: selected.length }) : ''}
                </p>
              </div>
              <LogEntryList
                calls={shown}
                emptyTitle={calls.length === 0 ? t.noCalls : t.noMatch}
                selected={selectedIds}
                onSelect={select}
                onOpen={setOpenId}
                onNavigate={onClose}
              />
            </div>
          )}
        </DialogPanel>
      </div>
    </Dialog>
  );
}
