import type { ReactNode } from 'react';
import { isApiError } from '@/api/is-api-error';
import { Button } from '@/features/ui/button';
import { repeatsMeaning } from '@/features/ui/meaning-text';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { type BulkAction, itemCount } from './bulk-action';
import { type ItemOutcome, type RunSnapshot, tally } from './bulk-runner';
import type { ItemResult } from './use-bulk-run';

// `items` is a number of the action's items ("3 users"), `verb` its past tense ("deleted").
const messages = i18n('bulk/bulk-summary', {
  done: params<{ items: string; verb: string }>('{items} {verb}'),
  failed: params<{ count: string }>('{count} failed'),
  lost: params<{ count: string }>('{count} with the outcome unknown'),
  skipped: params<{ count: string }>('{count} not started'),
  separator: ', ',
  end: '.',
  failedHeading: 'Failed',
  lostHeading: 'Outcome unknown — may have been done',
  notStarted: 'Not started:',
  andMore: params<{ count: string }>(' and {count} more'),
  sendLost: 'Send the lost ones again…',
  runRest: 'Run the rest',
  retryFailed: 'Retry failed',
  close: 'Close',
});

/** "403 METHOD_RESTRICTED: message" and the documented meaning, unless the message is that. */
function Reason({ error }: { error: unknown }) {
  if (!isApiError(error)) return <>{error instanceof Error ? error.message : String(error)}</>;
  const head = [error.status ?? error.kind, error.code].filter(Boolean).join(' ');
  return (
    <>
      <span className="font-mono">{head}</span>: {error.message}
      {/* Not twice: many answers carry the documented text as their message. */}
      {!repeatsMeaning(error.message, error.meaning) && (
        <span className="block text-slate-600 dark:text-slate-400">{error.meaning}</span>
      )}
    </>
  );
}

function ItemList({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="space-y-1">
      <h3 className="font-semibold text-slate-900 dark:text-slate-100">{heading}</h3>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {children}
      </ul>
    </section>
  );
}

/** What a run did: counts, what needs the user (failures with their reason, lost answers), retries. */
export function BulkSummary<T>({
  action,
  snapshot,
  onRetry,
  onClose,
}: {
  action: BulkAction<T>;
  snapshot: RunSnapshot<T, ItemResult>;
  /** `lostAgain`: the items' answers were lost, so the confirm step warns. */
  onRetry: (items: readonly T[], lostAgain: boolean) => void;
  onClose: () => void;
}) {
  const t = useMessages(messages);
  const totals = tally(snapshot.outcomes);
  const withOutcome = snapshot.items.map((item, i) => ({
    item,
    outcome: snapshot.outcomes[i] as ItemOutcome<ItemResult>,
  }));
  const of = (state: ItemOutcome['state']) => withOutcome.filter((x) => x.outcome.state === state);
  const failed = of('failed');
  const lost = of('lost');
  const skipped = of('skipped');
  const done = of('done').map(({ item, outcome }) => ({
    item,
    ...(outcome as { result: ItemResult }).result,
  }));
  const line = [
    t.done({ items: itemCount(totals.done, action.noun), verb: action.doneVerb }),
    totals.failed > 0 && t.failed({ count: formatNumber(totals.failed) }),
    totals.lost > 0 && t.lost({ count: formatNumber(totals.lost) }),
    totals.skipped > 0 && t.skipped({ count: formatNumber(totals.skipped) }),
  ]
    .filter(Boolean)
    .join(t.separator);

  return (
    <div className="space-y-4 text-sm text-slate-700 dark:text-slate-300">
      <p role="status" className="font-medium text-slate-900 dark:text-slate-100">
        {line}
        {t.end}
      </p>
      {done.length > 0 && action.results?.(done)}
      {failed.length > 0 && (
        <ItemList heading={t.failedHeading}>
          {failed.map(({ item, outcome }) => (
            <li key={action.itemLabel(item)} className="p-2">
              <span className="font-medium break-all text-slate-900 dark:text-slate-100">
                {action.itemLabel(item)}
              </span>
              <span className="block">
                <Reason error={(outcome as { error: unknown }).error} />
              </span>
            </li>
          ))}
        </ItemList>
      )}
      {lost.length > 0 && (
        <ItemList heading={t.lostHeading}>
          {lost.map(({ item, outcome }) => (
            <li key={action.itemLabel(item)} className="p-2">
              <span className="font-medium break-all text-slate-900 dark:text-slate-100">
                {action.itemLabel(item)}
              </span>
              <span className="block">
                <Reason error={(outcome as { error: unknown }).error} />
              </span>
            </li>
          ))}
        </ItemList>
      )}
      {skipped.length > 0 && (
        <p>
          {t.notStarted}{' '}
          {skipped
            .map(({ item }) => action.itemLabel(item))
            .slice(0, 5)
            .join(', ')}
          {skipped.length > 5 ? t.andMore({ count: formatNumber(skipped.length - 5) }) : ''}
          {t.end}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        {lost.length > 0 && (
          <Button
            onClick={() =>
              onRetry(
                lost.map((x) => x.item),
                true,
              )
            }
          >
            {t.sendLost}
          </Button>
        )}
        {skipped.length > 0 && (
          <Button
            onClick={() =>
              onRetry(
                skipped.map((x) => x.item),
                false,
              )
            }
          >
            {t.runRest}
          </Button>
        )}
        {failed.length > 0 && (
          <Button
            onClick={() =>
              onRetry(
                failed.map((x) => x.item),
                false,
              )
            }
          >
            {t.retryFailed}
          </Button>
        )}
        <Button variant="primary" data-autofocus onClick={onClose}>
          {t.close}
        </Button>
      </div>
    </div>
  );
}
