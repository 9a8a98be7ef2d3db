import { useEffect, useRef, useState } from 'react';
import { formatCountdown } from '@/features/rate-limit/format-duration';
import { useRateLimit } from '@/features/rate-limit/use-rate-limit';
import { Button } from '@/features/ui/button';
import { Modal } from '@/features/ui/modal';
import { useMsUntil } from '@/features/ui/retry-countdown';
import { WarningNote } from '@/features/ui/warning-note';
import { count, formatNumber, i18n, nounFor, params, useMessages } from '@/i18n';
import { type BulkAction, itemCount } from './bulk-action';
import { bulkCost, bulkReserve, counted, describeCost } from './bulk-cost';
import type { ItemOutcome, RunSnapshot } from './bulk-runner';
import { BulkSummary } from './bulk-summary';
import { type ItemResult, useBulkRun } from './use-bulk-run';

// `noun` is the action's word for its items (singular or plural as the number asks), `action` its
// confirm label ("Delete").
const messages = i18n('bulk/bulk-run-dialog', {
  andMore: params<{ count: string; noun: string }>('and {count} more {noun}'),
  lostTitle: 'These may have been done already',
  lostText:
    'Their answers were lost: the API may have carried them out. Send them again only if that does no harm.',
  cost: params<{ cost: string }>('Cost: {cost}'),
  pacing: params<{ noun: string }>(
    'One request per {noun}, sent one at a time. The budget is shared with everything else using this API key; the run waits for the refill (one request a second) rather than go below the reserve kept for working in the console.',
  ),
  cancel: 'Cancel',
  confirm: params<{ action: string; items: string }>('{action} {items}'),
  progress: params<{ settled: string; total: string }>('{settled} of {total}'),
  progressLabel: params<{ noun: string }>('{noun} done'),
  goingOn: 'Going on in',
  nextRequest: 'Next request in',
  seconds: count({ one: 'about {count} second', other: 'about {count} seconds' }),
  resume: 'Resume',
  pause: 'Pause',
  cancelRest: 'Cancel the rest',
  stopping: 'Stopping after the request in flight…',
  paused: 'Paused: nothing is sent until you resume.',
  rateLimited: 'The API answered 429 (rate limit): waiting out its Retry-After.',
  refill: 'Waiting for the refill.',
  refillReserve: params<{ reserve: string }>(
    'Waiting for the refill, to keep {reserve} requests in reserve.',
  ),
  sending: 'Sending…',
});

/** How many item names the confirm step lists before "and 12 more users". */
const LISTED = 5;

type Stage<T> = { name: 'confirm'; items: readonly T[]; lostAgain: boolean } | { name: 'run' };

/**
 * Confirm (the cost against the budget), run (progress, pause, cancel, waits said with a
 * countdown), then the summary with "Retry failed". Loaded on demand from `BulkActionButton`.
 */
export default function BulkRunDialog<T>({
  action,
  items,
  onClose,
}: {
  action: BulkAction<T>;
  items: readonly T[];
  /** `ran`: at least one run was started (the selection is cleared). */
  onClose: (ran: boolean) => void;
}) {
  const bulk = useBulkRun(action);
  const [stage, setStage] = useState<Stage<T>>({ name: 'confirm', items, lostAgain: false });
  // What the finished runs did, item by item: "Retry failed" and "Run the rest" start a run of a
  // few, and the summary still tells (and shows, such as new passwords) what the first ones did.
  const [earlier, setEarlier] = useState<ReadonlyMap<T, ItemOutcome<ItemResult>>>(new Map());
  const summary = bulk.snapshot?.phase === 'finished' ? withEarlier(earlier, bulk.snapshot) : null;
  const running = stage.name === 'run' && !summary;
  const close = () => {
    if (!running) onClose(stage.name === 'run');
  };
  const title =
    stage.name === 'confirm'
      ? action.title(stage.items.length)
      : action.title((summary ?? bulk.snapshot)?.items.length ?? 0);
  // Each step replaces the last one's buttons, and the focused one with them: the keyboard's
  // place moves to the new step's safe control (Cancel, Pause, Close).
  const step = stage.name === 'confirm' ? 'confirm' : bulk.snapshot?.phase === 'finished' ? 'summary' : 'run';
  const steps = useRef<HTMLDivElement>(null);
  const stepShown = useRef<typeof step | null>(null);
  useEffect(() => {
    if (stepShown.current === step) return;
    stepShown.current = step;
    const box = steps.current;
    if (!box || box.contains(document.activeElement)) return;
    box.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step]);

  return (
    <Modal open onClose={close} title={title} size="lg">
      <div ref={steps}>
        {stage.name === 'confirm' ? (
          <ConfirmStep
            action={action}
            items={stage.items}
            lostAgain={stage.lostAgain}
            onCancel={() => (bulk.snapshot ? setStage({ name: 'run' }) : onClose(false))}
            onConfirm={() => {
              setStage({ name: 'run' });
              void bulk.start(stage.items);
            }}
          />
        ) : summary ? (
          <BulkSummary
            action={action}
            snapshot={summary}
            onRetry={(retry, lostAgain) => {
              setEarlier(outcomesOf(summary));
              setStage({ name: 'confirm', items: retry, lostAgain });
            }}
            onClose={close}
          />
        ) : bulk.snapshot ? (
          <RunStep action={action} snapshot={bulk.snapshot} bulk={bulk} />
        ) : null}
      </div>
    </Modal>
  );
}

/** The last run's outcomes over the earlier runs', in the order the items first ran. */
function withEarlier<T>(
  earlier: ReadonlyMap<T, ItemOutcome<ItemResult>>,
  last: RunSnapshot<T, ItemResult>,
): RunSnapshot<T, ItemResult> {
  if (earlier.size === 0) return last;
  const all = new Map(earlier);
  for (const [item, outcome] of outcomesOf(last)) all.set(item, outcome);
  return { ...last, items: [...all.keys()], outcomes: [...all.values()] };
}

const outcomesOf = <T,>(snapshot: RunSnapshot<T, ItemResult>) =>
  new Map(snapshot.items.map((item, i) => [item, snapshot.outcomes[i] as ItemOutcome<ItemResult>]));

function ConfirmStep<T>({
  action,
  items,
  lostAgain,
  onCancel,
  onConfirm,
}: {
  action: BulkAction<T>;
  items: readonly T[];
  lostAgain: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = useMessages(messages);
  const estimate = useRateLimit();
  const cost = bulkCost(items.length, estimate);
  const more = items.length - LISTED;
  return (
    <form
      className="space-y-4 text-sm text-slate-700 dark:text-slate-300"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      <ul className="list-disc space-y-0.5 pl-5">
        {items.slice(0, LISTED).map((item) => (
          <li key={action.itemLabel(item)} className="break-all">
            {action.itemLabel(item)}
          </li>
        ))}
        {more > 0 && <li>{t.andMore({ count: formatNumber(more), noun: nounFor(more, action.noun) })}</li>}
      </ul>
      {lostAgain && <WarningNote title={t.lostTitle}>{t.lostText}</WarningNote>}
      {typeof action.warning === 'function' ? action.warning(items) : action.warning}
      <div className="space-y-1">
        <p className="font-medium text-slate-900 dark:text-slate-100">
          {t.cost({ cost: describeCost(cost) })}
        </p>
        <p>{t.pacing({ noun: action.noun[0] })}</p>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button data-autofocus onClick={onCancel}>
          {t.cancel}
        </Button>
        <Button type="submit" variant="danger">
          {t.confirm({ action: action.confirmLabel, items: itemCount(items.length, action.noun) })}
        </Button>
      </div>
    </form>
  );
}

function RunStep<T>({
  action,
  snapshot,
  bulk,
}: {
  action: BulkAction<T>;
  snapshot: RunSnapshot<T, ItemResult>;
  bulk: { pause: () => void; resume: () => void; cancel: () => void };
}) {
  const t = useMessages(messages);
  const waitMs = useMsUntil(snapshot.waitUntil);
  const estimate = useRateLimit();
  const reserve = estimate ? bulkReserve(estimate.limit) : null;
  const total = snapshot.items.length;
  const paused = snapshot.phase === 'paused';
  // Pause and resume wait for the cancel, and say so.
  const stopping = snapshot.cancelling ? t.stopping : null;
  return (
    <div className="space-y-4 text-sm text-slate-700 dark:text-slate-300">
      <div className="space-y-1">
        <p className="font-medium text-slate-900 tabular-nums dark:text-slate-100">
          {t.progress({ settled: formatNumber(snapshot.settled), total: formatNumber(total) })}
        </p>
        <progress
          className="h-2 w-full accent-teal-700 dark:accent-teal-400"
          value={snapshot.settled}
          max={total}
          aria-label={t.progressLabel({ noun: action.noun[1] })}
        />
      </div>
      <p className="min-h-5">
        <span role="status">{statusText(snapshot, reserve)}</span>
        {snapshot.waitUntil !== null && waitMs > 0 && !snapshot.cancelling && (
          <>
            {' '}
            {snapshot.phase === 'rate-limited' ? t.goingOn : t.nextRequest}{' '}
            <span className="tabular-nums" aria-hidden="true">
              {formatCountdown(waitMs)}
            </span>
            <span className="sr-only">{counted(t.seconds, Math.ceil(waitMs / 1000))}</span>.
          </>
        )}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        {paused ? (
          <Button data-autofocus onClick={bulk.resume} disabledReason={stopping}>
            {t.resume}
          </Button>
        ) : (
          <Button data-autofocus onClick={bulk.pause} disabledReason={stopping}>
            {t.pause}
          </Button>
        )}
        {/* Busy, not disabled, while the request in flight ends: it keeps the keyboard's place. */}
        <Button variant="danger" onClick={bulk.cancel} pending={snapshot.cancelling}>
          {t.cancelRest}
        </Button>
      </div>
    </div>
  );
}

function statusText(snapshot: RunSnapshot<unknown, unknown>, reserve: number | null): string {
  const t = messages.get();
  if (snapshot.cancelling) return t.stopping;
  switch (snapshot.phase) {
    case 'paused':
      return t.paused;
    case 'rate-limited':
      return t.rateLimited;
    case 'waiting-budget':
      return reserve === null ? t.refill : t.refillReserve({ reserve: formatNumber(reserve) });
    default:
      return t.sending;
  }
}
