import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { rateLimitStore } from '@/api/rate-limit';
import type { BulkAction } from './bulk-action';
import { budgetFrom, bulkReserve } from './bulk-cost';
import { type BulkRun, createBulkRun, type RunSnapshot, realClock } from './bulk-runner';
import { deferringInvalidation, sendWrite } from './bulk-write';

export interface ItemResult {
  variables: unknown;
  data: unknown;
}

/**
 * One bulk action's runs against the app's query client: each item through the area's own
 * mutation, the list invalidated once when a run ends. The clock is `realClock` (tests replace it).
 */
export function useBulkRun<T>(action: BulkAction<T>) {
  const queryClient = useQueryClient();
  const [snapshot, setSnapshot] = useState<RunSnapshot<T, ItemResult> | null>(null);
  const run = useRef<BulkRun<T, ItemResult> | null>(null);

  // Leaving the page stops the run after the item in flight.
  useEffect(() => () => run.current?.cancel(), []);

  const start = useCallback(
    async (items: readonly T[]) => {
      const deferred = deferringInvalidation(queryClient);
      const current = createBulkRun<T, ItemResult>({
        items,
        perform: async (item) => {
          const write = action.write(item);
          return { variables: write.variables, data: await sendWrite(queryClient, deferred.client, write) };
        },
        readBudget: (now) => budgetFrom(rateLimitStore.get(), now),
        reserve: bulkReserve,
        clock: realClock,
        onChange: setSnapshot,
      });
      run.current = current;
      setSnapshot(current.snapshot());
      const final = await current.start();
      await deferred.flush(action.listKey);
      setSnapshot(final);
      return final;
    },
    [action, queryClient],
  );

  return {
    snapshot,
    start,
    pause: () => run.current?.pause(),
    resume: () => run.current?.resume(),
    cancel: () => run.current?.cancel(),
  };
}
