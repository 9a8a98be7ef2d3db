import { useId, useState } from 'react';
import { formatMoney } from '@/api/domain/money';
import { Button } from '@/features/ui/button';
import { inlineInputClass } from '@/features/ui/class-names';
import { useCurrency } from '@/features/ui/currency-setting';
import { i18n, intlLocale, params, useMessages } from '@/i18n';
import { changeSshHostKey, getBalance, SSH_DEMO_HOSTS, setBalance } from '@/mocks/demo-controls';
import { PanelSection } from './panel-section';
import { useDemoSnapshot } from './use-demo-snapshot';

const messages = i18n('demo/orders-section', {
  title: 'Orders and host keys',
  description: params<{ price: string }>(
    'Orders are paid from the balance (an AS number costs {price}); below the price the API answers 402.',
  ),
  balance: 'Balance:',
  emptied: 'Balance emptied: the next order gets 402.',
  empty: 'Empty the balance',
  setTo: params<{ amount: string }>('Balance set to {amount}.'),
  topUp: params<{ amount: string }>('Top up to {amount}'),
  host: 'SSH host',
  newKey: params<{ host: string }>('{host} has a new host key: the next SSH check shows the warning.'),
  change: 'Change its host key',
  hint: 'As after a reinstall, or an attack: the SSH check then sees a different fingerprint.',
});

/** The balance orders are paid from (402 below a price) and host keys for the SSH check's warning. */
export function OrdersSection({ announce }: { announce: (message: string) => void }) {
  const t = useMessages(messages);
  useDemoSnapshot();
  const hintId = useId();
  const hostId = useId();
  const [host, setHost] = useState(SSH_DEMO_HOSTS[0] ?? '');
  const balance = getBalance();
  // In the currency the prices are shown in: the API's amounts carry none.
  const currency = useCurrency();
  const money = (amount: number) => formatMoney(amount, currency, intlLocale()) ?? amount.toFixed(2);
  return (
    <PanelSection title={t.title} description={t.description({ price: money(100) })}>
      <p className="text-sm text-slate-800 dark:text-slate-200">
        {t.balance} <strong className="tabular-nums">{money(balance)}</strong>
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          onClick={() => {
            setBalance(0);
            announce(t.emptied);
          }}
        >
          {t.empty}
        </Button>
        <Button
          size="sm"
          onClick={() => {
            setBalance(1000);
            announce(t.setTo({ amount: money(1000) }));
          }}
        >
          {t.topUp({ amount: money(1000) })}
        </Button>
      </div>
      <div className="space-y-1">
        <label htmlFor={hostId} className="block text-sm text-slate-800 dark:text-slate-200">
          {t.host}
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            id={hostId}
            className={inlineInputClass}
            value={host}
            onChange={(e) => setHost(e.target.value)}
          >
            {SSH_DEMO_HOSTS.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
          <Button
            size="sm"
            aria-describedby={hintId}
            onClick={() => {
              changeSshHostKey(host);
              announce(t.newKey({ host }));
            }}
          >
            {t.change}
          </Button>
        </div>
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {t.hint}
        </p>
      </div>
    </PanelSection>
  );
}
