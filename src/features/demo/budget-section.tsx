import { useSyncExternalStore } from 'react';
import { DOCUMENTED_RATE_LIMIT } from '@/api/api-headers';
import { connectionStore } from '@/api/connection';
import { recordRateLimitReading } from '@/api/rate-limit';
import { demoKeyText } from '@/features/connect/demo-key-text';
import { formatDuration } from '@/features/rate-limit/format-duration';
import { Button } from '@/features/ui/button';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { ANONYMOUS_BUCKET, getRateLimit, setRateLimitRemaining } from '@/mocks/demo-controls';
import { DEMO_KEYS } from '@/mocks/demo-keys';
import { PanelSection } from './panel-section';
import { useDemoSnapshot, useSecondTick } from './use-demo-snapshot';

const messages = i18n('demo/budget-section', {
  title: 'Rate limit',
  description: params<{ limit: string }>(
    '{limit} requests an hour per key, refilling one a second, as documented.',
  ),
  left: params<{ remaining: string; limit: string; who: string }>(
    '{remaining} of {limit} requests left for {who}.',
  ),
  theKey: params<{ key: string }>('the {key} key'),
  unknownKey: 'calls without a known key',
  fullIn: params<{ time: string }>('Full again in {time}.'),
  full: 'Full.',
  usedUp: 'Rate limit used up: the next call gets 429 rate_limit_exceeded.',
  useUp: 'Use up the rate limit',
  refilled: 'Rate limit refilled.',
  refill: 'Refill',
});

/** The header banner follows the controls at once, as if an answer had just said so. */
function showInBanner(bucket: string) {
  const { limit, remaining, resetAt } = getRateLimit(bucket);
  recordRateLimitReading({ limit, remaining, resetAt: resetAt * 1000 });
}

/** The simulated API's own bucket for the key in use: what its next answer will say. */
export function BudgetSection({ open, announce }: { open: boolean; announce: (message: string) => void }) {
  const t = useMessages(messages);
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  useDemoSnapshot();
  useSecondTick(open);
  const key = DEMO_KEYS.find((k) => k.key === connection?.apiKey);
  const bucket = key?.id ?? ANONYMOUS_BUCKET;
  const budget = getRateLimit(bucket);
  const msUntilFull = Math.max(0, budget.resetAt * 1000 - Date.now());
  const who = key ? t.theKey({ key: demoKeyText(key).label }) : t.unknownKey;
  // The count in bold: the sentence is split around it, in the language's own order.
  const [before = '', after = ''] = t
    .left({ remaining: '\u0000', limit: formatNumber(budget.limit), who })
    .split('\u0000');

  return (
    <PanelSection title={t.title} description={t.description({ limit: formatNumber(DOCUMENTED_RATE_LIMIT) })}>
      <div className="space-y-1">
        <p className="text-sm text-slate-800 dark:text-slate-200">
          {before}
          <strong className="tabular-nums">{formatNumber(budget.remaining)}</strong>
          {after}
        </p>
        {/* Decorative: the sentence above says the same in words. */}
        <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
          <div
            className={budget.remaining === 0 ? 'h-full bg-red-600' : 'h-full bg-teal-600'}
            style={{ width: `${(budget.remaining / budget.limit) * 100}%` }}
          />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {msUntilFull > 0 ? t.fullIn({ time: formatDuration(msUntilFull) }) : t.full}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          size="sm"
          onClick={() => {
            setRateLimitRemaining(bucket, 0);
            showInBanner(bucket);
            announce(t.usedUp);
          }}
        >
          {t.useUp}
        </Button>
        <Button
          size="sm"
          onClick={() => {
            setRateLimitRemaining(bucket, budget.limit);
            showInBanner(bucket);
            announce(t.refilled);
          }}
        >
          {t.refill}
        </Button>
      </div>
    </PanelSection>
  );
}
