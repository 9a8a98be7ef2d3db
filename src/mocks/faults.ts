import { createExternalStore } from '../api/external-store';

/**
 * Injected failures for the demo panel and tests. `network` and `html` simulate an outage in
 * front of the API and strike before anything else (like maintenance); `error` answers with a
 * status and code from the API itself, after the key has been checked.
 */
export type FaultKind = 'error' | 'network' | 'html';

export interface Fault {
  kind: FaultKind;
  status: number;
  code: string;
  message: string;
  field?: string;
  /** Seconds, for a 429 (default DEFAULT_RETRY_AFTER). */
  retryAfter?: number;
}

export interface NextFault extends Fault {
  /** Only a call to this endpoint; null: whichever call comes next. */
  endpointId: string | null;
}

export interface FaultState {
  /** Overrides the default latency; null keeps it. */
  latencyMs: number | null;
  maintenance: boolean;
  next: NextFault | null;
  /** Endpoint id → the fault every call to it gets until cleared. */
  endpoints: Readonly<Record<string, Fault>>;
}

export const DEFAULT_RETRY_AFTER = 15;

export const NO_FAULTS: FaultState = { latencyMs: null, maintenance: false, next: null, endpoints: {} };

export const faultStore = createExternalStore<FaultState>(NO_FAULTS);

const isOutage = (fault: Fault) => fault.kind !== 'error';

/** The fault this call gets at one stage of the pipeline; a one-shot fault is used up. */
function take(endpointId: string | null, outage: boolean): Fault | null {
  const state = faultStore.get();
  const standing = endpointId ? state.endpoints[endpointId] : undefined;
  if (standing && isOutage(standing) === outage) return standing;
  const next = state.next;
  if (next && isOutage(next) === outage && (next.endpointId === null || next.endpointId === endpointId)) {
    faultStore.set({ ...state, next: null });
    return next;
  }
  return null;
}

export const takeOutageFault = (endpointId: string | null) => take(endpointId, true);
export const takeErrorFault = (endpointId: string | null) => take(endpointId, false);
