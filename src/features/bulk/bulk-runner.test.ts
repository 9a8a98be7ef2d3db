import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { type BudgetReading, createBulkRun, type RunSnapshot, tally } from './bulk-runner';

/** A token bucket like the API's: `limit` an hour, one a second, spent by each send. */
function bucket(limit: number, remaining: number) {
  let tokens = remaining;
  let at = Date.now();
  const refill = () => {
    const now = Date.now();
    tokens = Math.min(limit, tokens + (now - at) / 1000);
    at = now;
  };
  return {
    read: (): BudgetReading => {
      refill();
      return { limit, remaining: Math.floor(tokens), blockedMs: 0 };
    },
    spend: () => {
      refill();
      if (tokens < 1) throw new Error('the runner sent without budget');
      tokens -= 1;
    },
  };
}

const reserve = () => 10;

const httpError = (status: number, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({
    kind: 'http',
    method: 'DELETE',
    path: '/v1/x',
    status,
    message: `HTTP ${status}`,
    ...extra,
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('bulk runner', () => {
  it('sends at once while more than the reserve is left, then one a second, never into the reserve', async () => {
    const budget = bucket(3600, 20);
    const sentAt: number[] = [];
    const start = Date.now();
    const run = createBulkRun({
      items: Array.from({ length: 15 }, (_, i) => i),
      perform: async (i) => {
        budget.spend();
        sentAt.push(Date.now() - start);
        expect(budget.read().remaining).toBeGreaterThanOrEqual(10);
        return i;
      },
      readBudget: budget.read,
      reserve,
    });
    const finished = run.start();
    await vi.advanceTimersByTimeAsync(0);
    // 20 left, 10 kept: ten go at once, the eleventh waits for the refill.
    expect(sentAt).toHaveLength(10);
    expect(run.snapshot()).toMatchObject({ phase: 'waiting-budget', settled: 10 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sentAt).toHaveLength(15);
    const result = await finished;
    expect(result.phase).toBe('finished');
    expect(tally(result.outcomes)).toEqual({ done: 15, failed: 0, lost: 0, skipped: 0 });
    expect(sentAt.slice(10)).toEqual([1000, 2000, 3000, 4000, 5000]);
  });

  it('sends nothing while paused and goes on after resume', async () => {
    const budget = bucket(3600, 10);
    const perform = vi.fn(async () => budget.spend());
    const run = createBulkRun({ items: [1, 2, 3], perform, readBudget: budget.read, reserve: () => 0 });
    run.pause();
    const finished = run.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(perform).not.toHaveBeenCalled();
    expect(run.snapshot().phase).toBe('paused');
    run.resume();
    const result = await finished;
    expect(perform).toHaveBeenCalledTimes(3);
    expect(result.settled).toBe(3);
  });

  it('pauses during a budget wait and reads the budget again on resume', async () => {
    const budget = bucket(3600, 0);
    const perform = vi.fn(async () => budget.spend());
    const run = createBulkRun({ items: [1], perform, readBudget: budget.read, reserve: () => 0 });
    const finished = run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.snapshot().phase).toBe('waiting-budget');
    run.pause();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run.snapshot()).toMatchObject({ phase: 'paused', waitUntil: null });
    expect(perform).not.toHaveBeenCalled();
    run.resume();
    await finished;
    expect(perform).toHaveBeenCalledTimes(1);
  });

  it('stops on a 429, waits out its Retry-After, then sends the same item again', async () => {
    const seen: RunSnapshot<number>[] = [];
    let refuse = true;
    const perform = vi.fn(async (i: number) => {
      if (refuse) {
        refuse = false;
        throw httpError(429, { code: 'rate_limit_exceeded', retryAt: Date.now() + 30_000 });
      }
      return i;
    });
    const run = createBulkRun({
      items: [7, 8],
      perform,
      readBudget: () => null,
      reserve,
      onChange: (s) => seen.push(s),
    });
    const finished = run.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.snapshot()).toMatchObject({ phase: 'rate-limited', waitUntil: Date.now() + 30_000 });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(perform).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    const result = await finished;
    expect(perform.mock.calls.map(([i]) => i)).toEqual([7, 7, 8]);
    expect(tally(result.outcomes)).toMatchObject({ done: 2, failed: 0 });
    expect(seen.some((s) => s.phase === 'rate-limited')).toBe(true);
  });

  it('never sends a write again whose answer was lost, and goes on with the rest', async () => {
    const perform = vi.fn(async (i: number) => {
      if (i === 2)
        throw new ApiError({ kind: 'timeout', method: 'DELETE', path: '/v1/x', message: 'timeout' });
      if (i === 3) throw httpError(403, { code: 'METHOD_RESTRICTED' });
      return i;
    });
    const run = createBulkRun({ items: [1, 2, 3, 4], perform, readBudget: () => null, reserve });
    const result = await run.start();
    expect(perform.mock.calls.map(([i]) => i)).toEqual([1, 2, 3, 4]);
    expect(result.outcomes.map((o) => o.state)).toEqual(['done', 'lost', 'failed', 'done']);
    expect(tally(result.outcomes)).toEqual({ done: 2, failed: 1, lost: 1, skipped: 0 });
  });

  it('cancel lets the item in flight finish and sends nothing more', async () => {
    let finishSend: (() => void) | null = null;
    const perform = vi.fn(
      (i: number) =>
        new Promise<number>((resolve) => {
          finishSend = () => resolve(i);
        }),
    );
    const run = createBulkRun({ items: [1, 2, 3], perform, readBudget: () => null, reserve });
    const finished = run.start();
    await vi.advanceTimersByTimeAsync(0);
    run.cancel();
    expect(run.snapshot().cancelling).toBe(true);
    (finishSend as unknown as () => void)();
    const result = await finished;
    expect(perform).toHaveBeenCalledTimes(1);
    expect(result.outcomes.map((o) => o.state)).toEqual(['done', 'skipped', 'skipped']);
  });

  it('stops at a 401: every next item would be refused too', async () => {
    const perform = vi.fn(async () => {
      throw httpError(401, { code: 'unauthorized' });
    });
    const run = createBulkRun({ items: [1, 2, 3], perform, readBudget: () => null, reserve });
    const result = await run.start();
    expect(perform).toHaveBeenCalledTimes(1);
    expect(result.outcomes.map((o) => o.state)).toEqual(['failed', 'skipped', 'skipped']);
    expect(result.stoppedBy).toBeInstanceOf(ApiError);
  });
});
