import type { ReactNode } from 'react';
import { isApiError } from '@/api/is-api-error';
import { Button } from '@/features/ui/button';
import type { BulkAction } from './bulk-action';
import { type ItemOutcome, type RunSnapshot, tally } from './bulk-runner';
import type { ItemResult } from './use-bulk-run';

const count = (n: number, noun: readonly [string, string]) =>
  `${n.toLocaleString('en')} ${n === 1 ? noun[0] : noun[1]}`;

/** "403 METHOD_RESTRICTED: message" and the documented meaning. */
function Reason({ error }: { error: unknown }) {
  if (!isApiError(error)) return <>{error instanceof Error ? error.message : String(error)}</>;
  const head = [error.status ?? error.kind, error.code].filter(Boolean).join(' ');
  return (
    <>
      <span className="font-mono">{head}</span>: {error.message}
      <span className="block text-slate-600 dark:text-slate-400">{error.meaning}</span>
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
    `${count(totals.done, action.noun)} ${action.doneVerb}`,
    totals.failed > 0 && `${totals.failed.toLocaleString('en')} failed`,
    totals.lost > 0 && `${totals.lost.toLocaleString('en')} with the answer lost`,
    totals.skipped > 0 && `${totals.skipped.toLocaleString('en')} not started`,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <div className="space-y-4 text-sm text-slate-700 dark:text-slate-300">
      <p role="status" className="font-medium text-slate-900 dark:text-slate-100">
        {line}.
      </p>
      {done.length > 0 && action.results?.(done)}
      {failed.length > 0 && (
        <ItemList heading="Failed">
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
        <ItemList heading="Answer lost — may have been done">
          {lost.map(({ item, outcome }) => (
            <li key={action.itemLabel(item)} className="p-2">
              <span className="font-medium break-all text-slate-900 dark:text-slate-100">
                {action.itemLabel(item)}
              </span>
              <span className="block">
                Answer lost — may have been done. <Reason error={(outcome as { error: unknown }).error} />
              </span>
            </li>
          ))}
        </ItemList>
      )}
      {skipped.length > 0 && (
        <p>
          Not started:{' '}
          {skipped
            .map(({ item }) => action.itemLabel(item))
            .slice(0, 5)
            .join(', ')}
          {skipped.length > 5 ? ` and ${skipped.length - 5} more` : ''}.
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
            Send the lost ones again…
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
            Run the rest
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
            Retry failed
          </Button>
        )}
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}
