import { createExternalStore } from '@/api/external-store';

/**
 * Injected failures for the demo panel and tests. `network`, `html` and `malformed` simulate
 * trouble in front of the API and strike before anything else (like maintenance); `error` answers
 * with a status and code from the API itself, after the key has been checked. With `afterWrite`
 * the API carries the request out first and only the answer is lost or replaced: the write the
 * client cannot tell happened (a 500 after the insert, a connection that broke mid-answer).
 * `slow` answers normally, only `delayMs` late (with `afterWrite`: the write is done at once and
 * the answer comes late, so a client that gives up first cannot know it happened).
 */
export type FaultKind = 'error' | 'network' | 'html' | 'malformed' | 'slow';

export interface Fault {
  kind: FaultKind;
  status: number;
  code: string;
  message: string;
  field?: string;
  /** Seconds, for a 429 (default DEFAULT_RETRY_AFTER) or a 503. */
  retryAfter?: number;
  /** The request is carried out, then this fault replaces its answer. */
  afterWrite?: boolean;
  /** For `slow`: how late the answer comes (default DEFAULT_SLOW_MS). */
  delayMs?: number;
}

export interface NextFault extends Fault {
  /** Only a call to this endpoint; null: whichever call comes next. */
  endpointId: string | null;
}

export interface FaultState {
  /** Overrides the default latency; null keeps it. */
  latencyMs: number | null;
  maintenance: boolean;
  /** Seconds sent as `Retry-After` with the maintenance 503; null: none. */
  maintenanceRetryAfter: number | null;
  next: NextFault | null;
  /** Endpoint id → the fault every call to it gets until cleared. */
  endpoints: Readonly<Record<string, Fault>>;
}

export const DEFAULT_RETRY_AFTER = 15;
/** Longer than the client's 20 s timeout. */
export const DEFAULT_SLOW_MS = 25_000;

export const NO_FAULTS: FaultState = {
  latencyMs: null,
  maintenance: false,
  maintenanceRetryAfter: null,
  next: null,
  endpoints: {},
};

export const faultStore = createExternalStore<FaultState>(NO_FAULTS);

type Stage = 'outage' | 'error' | 'after-write';

const stageOf = (fault: Fault): Stage =>
  fault.afterWrite ? 'after-write' : fault.kind === 'error' ? 'error' : 'outage';

/** The fault this call gets at one stage of the pipeline; a one-shot fault is used up. */
function take(endpointId: string | null, stage: Stage): Fault | null {
  const state = faultStore.get();
  const standing = endpointId ? state.endpoints[endpointId] : undefined;
  if (standing && stageOf(standing) === stage) return standing;
  const next = state.next;
  if (next && stageOf(next) === stage && (next.endpointId === null || next.endpointId === endpointId)) {
    faultStore.set({ ...state, next: null });
    return next;
  }
  return null;
}

export const takeOutageFault = (endpointId: string | null) => take(endpointId, 'outage');
export const takeErrorFault = (endpointId: string | null) => take(endpointId, 'error');
export const takeLostAnswerFault = (endpointId: string | null) => take(endpointId, 'after-write');
