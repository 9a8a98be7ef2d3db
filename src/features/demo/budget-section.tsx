import { useSyncExternalStore } from 'react';
import { connectionStore } from '@/api/connection';
import { ANONYMOUS_BUCKET, getRateLimit, setRateLimitRemaining } from '@/mocks/demo-controls';
import { DEMO_KEYS } from '@/mocks/demo-keys';
import { formatDuration } from '../rate-limit/format-duration';
import { Button } from '../ui/button';
import { PanelSection } from './panel-section';
import { useDemoSnapshot, useSecondTick } from './use-demo-snapshot';

/** The simulated API's own bucket for the key in use: what its next answer will say. */
export function BudgetSection({ open, announce }: { open: boolean; announce: (message: string) => void }) {
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  useDemoSnapshot();
  useSecondTick(open);
  const key = DEMO_KEYS.find((k) => k.key === connection?.apiKey);
  const bucket = key?.id ?? ANONYMOUS_BUCKET;
  const budget = getRateLimit(bucket);
  const msUntilFull = Math.max(0, budget.resetAt * 1000 - Date.now());
  const who = key ? `the ${key.label} key` : 'calls without a known key';

  return (
    <PanelSection
      title="Rate limit"
      description="3600 requests an hour per key, refilling one a second, as documented."
    >
      <div className="space-y-1">
        <p className="text-sm text-slate-800 dark:text-slate-200">
          <strong className="tabular-nums">{budget.remaining.toLocaleString('en')}</strong> of{' '}
          {budget.limit.toLocaleString('en')} requests left for {who}.
        </p>
        {/* Decorative: the sentence above says the same in words. */}
        <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
          <div
            className={budget.remaining === 0 ? 'h-full bg-red-600' : 'h-full bg-teal-600'}
            style={{ width: `${(budget.remaining / budget.limit) * 100}%` }}
          />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {msUntilFull > 0 ? `Full again in ${formatDuration(msUntilFull)}.` : 'Full.'}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          size="sm"
          onClick={() => {
            setRateLimitRemaining(bucket, 0);
            announce('Rate limit used up: the next call gets 429 rate_limit_exceeded.');
          }}
        >
          Use up the rate limit
        </Button>
        <Button
          size="sm"
          onClick={() => {
            setRateLimitRemaining(bucket, budget.limit);
            announce('Rate limit refilled.');
          }}
        >
          Refill
        </Button>
      </div>
    </PanelSection>
  );
}
