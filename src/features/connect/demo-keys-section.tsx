import { useState } from 'react';
import { Button } from '@/features/ui/button';
import { cardClass, cx } from '@/features/ui/class-names';
import { i18n, params, useMessages } from '@/i18n';
import { DEMO_KEYS, type DemoKey } from '@/mocks/demo-keys';
import { demoKeyText } from './demo-key-text';
import { LazyErrorPanel } from './lazy-error-panel';

const messages = i18n('connect/demo-keys-section', {
  title: 'Open the demo',
  lead: 'A simulated API inside the console, with sample data kept in this browser. Each key shows a different level of access; nothing reaches a real server.',
  openAs: 'Open the demo as ',
  failed: 'The demo did not start',
  onlyCustomer: params<{ customer: string }>('customer {customer} only'),
  allCustomers: 'all customers',
  readOnly: 'read-only',
  readWrite: 'reads and writes',
  mayOrder: 'may order',
  noOrdering: 'no ordering',
  // `key` is the label of the demo key that is opening.
  opening: params<{ key: string }>('The demo is opening as {key}; wait for it or for its error.'),
});
type Texts = ReturnType<typeof messages.get>;

function restrictions(t: Texts, key: DemoKey): string[] {
  return [
    key.customerNumber ? t.onlyCustomer({ customer: key.customerNumber }) : t.allCustomers,
    key.readOnly ? t.readOnly : t.readWrite,
    key.ordering ? t.mayOrder : t.noOrdering,
  ];
}

/** One button per demo key, named after its label, with what the key may do. */
export function DemoKeysSection({ onOpen }: { onOpen: (id: DemoKey['id']) => Promise<void> }) {
  const t = useMessages(messages);
  const [pending, setPending] = useState<DemoKey['id'] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const open = async (id: DemoKey['id']) => {
    setPending(id);
    setFailure(null);
    try {
      await onOpen(id);
    } catch (error) {
      setFailure(error);
      setPending(null);
    }
  };

  // One demo opens at a time: the other keys say which one is opening.
  const opening = DEMO_KEYS.find((key) => key.id === pending);
  const busy = opening ? t.opening({ key: demoKeyText(opening).label }) : null;

  return (
    <section aria-labelledby="demo-title" className={cx(cardClass, 'space-y-4 p-4 sm:p-6')}>
      <div>
        <h2 id="demo-title" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
          {t.title}
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.lead}</p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2">
        {DEMO_KEYS.map((key) => (
          <li
            key={key.id}
            className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
          >
            <Button
              variant={key.id === 'operator' ? 'primary' : 'secondary'}
              className="w-full justify-start text-left"
              pending={pending === key.id}
              disabledReason={key.id === pending ? null : busy}
              aria-describedby={`demo-key-${key.id}`}
              onClick={() => void open(key.id)}
            >
              <span>
                <span className="sr-only">{t.openAs}</span>
                {demoKeyText(key).label}
              </span>
            </Button>
            <p id={`demo-key-${key.id}`} className="text-sm text-slate-700 dark:text-slate-300">
              {demoKeyText(key).description}
            </p>
            <p className="text-xs text-slate-600 dark:text-slate-400">{restrictions(t, key).join(' · ')}</p>
          </li>
        ))}
      </ul>
      {failure != null && <LazyErrorPanel error={failure} title={t.failed} />}
    </section>
  );
}
