import { useState } from 'react';
import { formatCountdown } from '@/features/rate-limit/format-duration';
import { useRateLimit } from '@/features/rate-limit/use-rate-limit';
import { Button } from '@/features/ui/button';
import { Modal } from '@/features/ui/modal';
import { useMsUntil } from '@/features/ui/retry-countdown';
import { WarningNote } from '@/features/ui/warning-note';
import type { BulkAction } from './bulk-action';
import { bulkCost, bulkReserve, describeCost } from './bulk-cost';
import type { RunSnapshot } from './bulk-runner';
import { BulkSummary } from './bulk-summary';
import { type ItemResult, useBulkRun } from './use-bulk-run';

const count = (n: number, noun: readonly [string, string]) =>
  `${n.toLocaleString('en')} ${n === 1 ? noun[0] : noun[1]}`;

/** "and 5 more users": the names the confirm step leaves out. */
const andMore = (n: number, noun: readonly [string, string]) =>
  `and ${n.toLocaleString('en')} more ${n === 1 ? noun[0] : noun[1]}`;

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
  const running = stage.name === 'run' && bulk.snapshot?.phase !== 'finished';
  const close = () => {
    if (!running) onClose(stage.name === 'run');
  };
  const title =
    stage.name === 'confirm'
      ? action.title(stage.items.length)
      : action.title(bulk.snapshot?.items.length ?? 0);

  return (
    <Modal open onClose={close} title={title} size="lg">
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
      ) : bulk.snapshot?.phase === 'finished' ? (
        <BulkSummary
          action={action}
          snapshot={bulk.snapshot}
          onRetry={(retry, lostAgain) => setStage({ name: 'confirm', items: retry, lostAgain })}
          onClose={close}
        />
      ) : bulk.snapshot ? (
        <RunStep action={action} snapshot={bulk.snapshot} bulk={bulk} />
      ) : null}
    </Modal>
  );
}

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
  const estimate = useRateLimit();
  const cost = bulkCost(items.length, estimate);
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
        {items.length > LISTED && <li>{andMore(items.length - LISTED, action.noun)}</li>}
      </ul>
      {lostAgain && (
        <WarningNote title="These may have been done already">
          Their answers were lost: the API may have carried them out. Send them again only if that does no
          harm.
        </WarningNote>
      )}
      {typeof action.warning === 'function' ? action.warning(items) : action.warning}
      <div className="space-y-1">
        <p className="font-medium text-slate-900 dark:text-slate-100">Cost: {describeCost(cost)}</p>
        <p>
          One request per {action.noun[0]}, sent one at a time. The budget is shared with everything else
          using this API key; the run waits for the refill (one request a second) rather than go below the
          reserve kept for working in the console.
        </p>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="danger">
          {action.confirmLabel} {count(items.length, action.noun)}
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
  const waitMs = useMsUntil(snapshot.waitUntil);
  const estimate = useRateLimit();
  const reserve = estimate ? bulkReserve(estimate.limit) : null;
  const total = snapshot.items.length;
  const paused = snapshot.phase === 'paused';
  return (
    <div className="space-y-4 text-sm text-slate-700 dark:text-slate-300">
      <div className="space-y-1">
        <p className="font-medium text-slate-900 tabular-nums dark:text-slate-100">
          {snapshot.settled.toLocaleString('en')} of {total.toLocaleString('en')}
        </p>
        <progress
          className="h-2 w-full accent-teal-700 dark:accent-teal-400"
          value={snapshot.settled}
          max={total}
          aria-label={`${action.noun[1]} done`}
        />
      </div>
      <p className="min-h-5">
        <span role="status">{statusText(snapshot, reserve)}</span>
        {snapshot.waitUntil !== null && waitMs > 0 && !snapshot.cancelling && (
          <>
            {' '}
            {snapshot.phase === 'rate-limited' ? 'Going on in' : 'Next request in'}{' '}
            <span className="tabular-nums" aria-hidden="true">
              {formatCountdown(waitMs)}
            </span>
            <span className="sr-only">about {Math.ceil(waitMs / 1000)} seconds</span>.
          </>
        )}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        {paused ? (
          <Button onClick={bulk.resume} disabled={snapshot.cancelling}>
            Resume
          </Button>
        ) : (
          <Button onClick={bulk.pause} disabled={snapshot.cancelling}>
            Pause
          </Button>
        )}
        <Button variant="danger" onClick={bulk.cancel} disabled={snapshot.cancelling}>
          Cancel the rest
        </Button>
      </div>
    </div>
  );
}

function statusText(snapshot: RunSnapshot<unknown, unknown>, reserve: number | null): string {
  if (snapshot.cancelling) return 'Stopping after the request in flight…';
  switch (snapshot.phase) {
    case 'paused':
      return 'Paused: nothing is sent until you resume.';
    case 'rate-limited':
      return 'The API answered 429 (rate limit): waiting out its Retry-After.';
    case 'waiting-budget':
      return reserve === null
        ? 'Waiting for the refill.'
        : `Waiting for the refill, to keep ${reserve.toLocaleString('en')} requests in reserve.`;
    default:
      return 'Sending…';
  }
}
