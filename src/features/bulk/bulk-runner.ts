import { isApiError } from '@/api/is-api-error';

/**
 * Runs one write per item, one at a time, paced to the API's refill so the bulk action never eats
 * the reserve kept for interactive use (nor the budget of the customer's own automation). Plain
 * logic: no React, no client; the clock and the budget reading are injected, so tests drive time.
 */

/** What the budget looks like now: the store's reading, estimated forward to `now`. */
export interface BudgetReading {
  limit: number;
  remaining: number;
  /** Ms left on a 429 countdown; 0 when not blocked. */
  blockedMs: number;
}

export interface BulkClock {
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts (pause, cancel). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const realClock: BulkClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    }),
};

export type ItemOutcome<R = unknown> =
  | { state: 'queued' }
  | { state: 'done'; result: R }
  | { state: 'failed'; error: unknown }
  /** Sent, but no usable answer came back: it may have been carried out. Never re-sent on its own. */
  | { state: 'lost'; error: unknown }
  /** Cancelled (or stopped) before it was sent. */
  | { state: 'skipped' };

export type RunPhase =
  /** Waiting until more than the reserve is left. */
  | 'waiting-budget'
  /** A 429 answered: waiting out its Retry-After. */
  | 'rate-limited'
  | 'sending'
  | 'paused'
  | 'finished';

export interface RunSnapshot<T, R = unknown> {
  phase: RunPhase;
  items: readonly T[];
  outcomes: readonly ItemOutcome<R>[];
  /** How many have an answer (done, failed or lost). */
  settled: number;
  /** Epoch ms the current wait ends (budget or Retry-After); null when not waiting. */
  waitUntil: number | null;
  /** Cancel was asked for: the current item finishes, nothing more is sent. */
  cancelling: boolean;
  /** Why the run stopped early (a 401, offline), when it did. */
  stoppedBy: unknown;
}

export interface BulkRunOptions<T, R> {
  items: readonly T[];
  /** Sends one item's write; throws an ApiError when it fails. */
  perform: (item: T) => Promise<R>;
  /** The budget now, or null before any answer has said. */
  readBudget: (now: number) => BudgetReading | null;
  /** Requests kept for interactive use: the run waits until more than this is left. */
  reserve: (limit: number) => number;
  clock?: BulkClock;
  onChange?: (snapshot: RunSnapshot<T, R>) => void;
}

export interface BulkRun<T, R> {
  /** Resolves with the final snapshot once every item is settled or skipped. */
  start(): Promise<RunSnapshot<T, R>>;
  pause(): void;
  resume(): void;
  cancel(): void;
  snapshot(): RunSnapshot<T, R>;
}

/** The documented refill: the limit spread over an hour (one a second for 3600). */
export function msPerRequest(limit: number): number {
  return limit > 0 ? 3_600_000 / limit : 1000;
}

/** A lost answer: the write may have been carried out. Offline never sent anything. */
function answerLost(error: unknown): boolean {
  return isApiError(error) && error.outcomeUnknown;
}

/** Every next item would fail the same way: a revoked key (the app signs out) or no connection. */
function stopsRun(error: unknown): boolean {
  return isApiError(error) && (error.status === 401 || error.kind === 'offline');
}

export function createBulkRun<T, R>(options: BulkRunOptions<T, R>): BulkRun<T, R> {
  const { items, perform, readBudget, reserve, clock = realClock, onChange } = options;
  const outcomes: ItemOutcome<R>[] = items.map(() => ({ state: 'queued' }));
  let phase: RunPhase = 'sending';
  let waitUntil: number | null = null;
  let paused = false;
  let inFlight = false;
  let cancelling = false;
  let stoppedBy: unknown = null;
  let wake = new AbortController();
  let resumed: (() => void) | null = null;

  const snapshot = (): RunSnapshot<T, R> => ({
    phase: paused && !inFlight && phase !== 'finished' ? 'paused' : phase,
    items,
    outcomes: [...outcomes],
    settled: outcomes.filter((o) => o.state === 'done' || o.state === 'failed' || o.state === 'lost').length,
    waitUntil: paused ? null : waitUntil,
    cancelling,
    stoppedBy,
  });
  const emit = () => onChange?.(snapshot());
  const set = (next: RunPhase, until: number | null = null) => {
    phase = next;
    waitUntil = until;
    emit();
  };

  async function waitWhilePaused() {
    while (paused && !cancelling) {
      emit();
      await new Promise<void>((resolve) => {
        resumed = resolve;
      });
    }
  }

  /** Waits until a request may go: no 429 countdown and more than the reserve left. */
  async function waitForBudget(): Promise<void> {
    for (;;) {
      await waitWhilePaused();
      if (cancelling) return;
      const now = clock.now();
      const budget = readBudget(now);
      if (!budget) return;
      if (budget.blockedMs > 0) {
        set('rate-limited', now + budget.blockedMs);
        await clock.sleep(budget.blockedMs, wake.signal);
        continue;
      }
      const kept = reserve(budget.limit);
      if (budget.remaining > kept) return;
      const ms = (kept + 1 - budget.remaining) * msPerRequest(budget.limit);
      set('waiting-budget', now + ms);
      await clock.sleep(ms, wake.signal);
    }
  }

  async function runItem(index: number): Promise<void> {
    for (;;) {
      await waitForBudget();
      if (cancelling) return;
      set('sending');
      inFlight = true;
      try {
        outcomes[index] = { state: 'done', result: await perform(items[index] as T) };
        return;
      } catch (error) {
        // A 429 carried nothing out: wait out its Retry-After (the budget reading has it) and send again.
        if (isApiError(error) && error.isRateLimited) {
          const now = clock.now();
          // Without a Retry-After, one refill step: never a tight loop of 429s.
          const until = error.retryAt ?? now + 1000;
          if (until > now && !(readBudget(now)?.blockedMs ?? 0)) {
            set('rate-limited', until);
            await clock.sleep(until - now, wake.signal);
          }
          continue;
        }
        outcomes[index] = answerLost(error) ? { state: 'lost', error } : { state: 'failed', error };
        if (stopsRun(error)) {
          stoppedBy = error;
          cancelling = true;
        }
        return;
      } finally {
        inFlight = false;
      }
    }
  }

  return {
    async start() {
      for (let index = 0; index < items.length; index++) {
        if (cancelling) break;
        await runItem(index);
        emit();
      }
      for (let index = 0; index < items.length; index++) {
        if (outcomes[index]?.state === 'queued') outcomes[index] = { state: 'skipped' };
      }
      paused = false;
      set('finished');
      return snapshot();
    },
    pause() {
      if (phase === 'finished' || paused) return;
      paused = true;
      // A wait in progress ends now; after resume the budget is read again.
      wake.abort();
      wake = new AbortController();
      emit();
    },
    resume() {
      if (!paused) return;
      paused = false;
      emit();
      resumed?.();
      resumed = null;
    },
    cancel() {
      if (phase === 'finished') return;
      cancelling = true;
      wake.abort();
      wake = new AbortController();
      resumed?.();
      resumed = null;
      emit();
    },
    snapshot,
  };
}

/** Counts for the summary line. */
export function tally(outcomes: readonly ItemOutcome[]) {
  const count = (state: ItemOutcome['state']) => outcomes.filter((o) => o.state === state).length;
  return { done: count('done'), failed: count('failed'), lost: count('lost'), skipped: count('skipped') };
}
