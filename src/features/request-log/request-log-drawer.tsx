import { Dialog, DialogBackdrop, DialogPanel, DialogTitle } from '@headlessui/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clearRequestLog, REQUEST_LOG_SIZE } from '@/api/request-log';
import { LogEntryDetails } from './log-entry-details';
import { LogEntryList, type LogFilter } from './log-entry-list';
import { useRequestLog } from './use-request-log';

/**
 * The last 100 API calls of this tab in a drawer from the right (full width on a phone): a list
 * with a failures filter, and each call in full with "Copy as curl" and "Open in explorer".
 */
export function RequestLogDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const calls = useRequestLog();
  const [filter, setFilter] = useState<LogFilter>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
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
                Request log
              </DialogTitle>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                The last {REQUEST_LOG_SIZE} calls of this tab, newest first. Keys and passwords are masked.
              </p>
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close request log"
              className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              <svg viewBox="0 0 20 20" className="h-5 w-5" aria-hidden="true" fill="currentColor">
                <path d="M5.3 4.3a1 1 0 0 0-1.4 1.4L8.6 10l-4.7 4.3a1 1 0 1 0 1.4 1.4L10 11.4l4.7 4.3a1 1 0 0 0 1.4-1.4L11.4 10l4.7-4.3a1 1 0 0 0-1.4-1.4L10 8.6 5.3 4.3Z" />
              </svg>
            </button>
          </div>
          {opened ? (
            <LogEntryDetails ref={detailsHeading} call={opened} onBack={back} onOpenInExplorer={onClose} />
          ) : (
            <LogEntryList
              calls={calls}
              filter={filter}
              onFilterChange={setFilter}
              onOpen={setOpenId}
              onClear={clearRequestLog}
            />
          )}
        </DialogPanel>
      </div>
    </Dialog>
  );
}
