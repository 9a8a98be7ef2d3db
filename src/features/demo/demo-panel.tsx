import { Description, Dialog, DialogBackdrop, DialogPanel, DialogTitle } from '@headlessui/react';
import { useCallback, useState } from 'react';
import { Button } from '@/features/ui/button';
import { Icon } from '@/features/ui/icon';
import { i18n, useMessages } from '@/i18n';
import { BudgetSection } from './budget-section';
import { DataSection } from './data-section';
import { FailureSection } from './failure-section';
import { OrdersSection } from './orders-section';
import { OutageSection } from './outage-section';

const messages = i18n('demo/demo-panel', {
  title: 'Demo controls',
  description: 'The simulated API behind this demo: make it slow, fail or run out of budget.',
  // Faults live in memory so a reload always gets the user out of a maintenance or slow mode.
  lifetime: 'Its data and rate limit survive a reload; failures, maintenance and latency do not.',
  close: 'Close demo controls',
});

/**
 * The demo's control drawer: rate limit, outages and latency, injected failures, and the demo
 * data. Mounted lazily by the shell, only against the simulated API.
 */
export function DemoPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(messages);
  const [status, setStatus] = useState('');
  const announce = useCallback((message: string) => setStatus(message), []);

  return (
    <Dialog open={open} onClose={onClose} className="relative z-50">
      <DialogBackdrop className="fixed inset-0 bg-slate-950/40" />
      <div className="fixed inset-0 flex justify-end">
        <DialogPanel className="flex h-full w-full max-w-md flex-col bg-white shadow-xl dark:bg-slate-900">
          <div className="flex items-start justify-between gap-3 px-4 py-3">
            <div>
              <DialogTitle className="text-base font-semibold text-slate-900 dark:text-slate-50">
                {t.title}
              </DialogTitle>
              <Description className="text-xs text-slate-600 dark:text-slate-400">
                {t.description} {t.lifetime}
              </Description>
            </div>
            <Button size="sm" variant="ghost" onClick={onClose} aria-label={t.close}>
              <Icon>
                <path d="M6 6l12 12M18 6L6 18" />
              </Icon>
            </Button>
          </div>
          <p role="status" className="min-h-5 px-4 pb-2 text-xs font-medium text-teal-800 dark:text-teal-300">
            {status}
          </p>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <BudgetSection open={open} announce={announce} />
            <OutageSection announce={announce} />
            <FailureSection announce={announce} />
            <OrdersSection announce={announce} />
            <DataSection announce={announce} />
          </div>
        </DialogPanel>
      </div>
    </Dialog>
  );
}
