import { findEndpoint } from '@/api/catalogue';
import { documentedCodeMeaning, documentedStatusMeaning } from '@/api/error-catalogue';
import { createExternalStore } from '@/api/external-store';
import { now } from './clock';
import { commit, database, dataSetStore, resetDatabase } from './db/database';
import type { DataSet } from './db/types';
import { DEMO_KEYS } from './demo-keys';
import { type Fault, type FaultKind, type FaultState, faultStore, NO_FAULTS } from './faults';
import {
  ANONYMOUS_BUCKET,
  type BucketState,
  bucketRevision,
  peekBucket,
  RATE_LIMIT,
  setBucketRemaining,
} from './rate-limit-bucket';
import { DEFAULT_BALANCE, SSH_HOSTS } from './seed/reference-data';

export { DEFAULT_RETRY_AFTER } from './faults';
/**
 * The demo's control surface, for the demo panel and for tests: plain functions, plus one store
 * (`demoStore`) that changes whenever anything shown in the panel does.
 */
export type { BucketState, DataSet, Fault, FaultKind, FaultState };
export { ANONYMOUS_BUCKET, RATE_LIMIT };

export interface DemoSnapshot {
  dataSet: DataSet;
  faults: FaultState;
  /** Changes with every request that touches a rate-limit bucket. */
  budgetRevision: number;
}

const snapshot = (): DemoSnapshot => ({
  dataSet: dataSetStore.get(),
  faults: faultStore.get(),
  budgetRevision: bucketRevision.get(),
});

export const demoStore = createExternalStore<DemoSnapshot>(snapshot());
const refresh = () => demoStore.set(snapshot());
faultStore.subscribe(refresh);
dataSetStore.subscribe(refresh);
bucketRevision.subscribe(refresh);

// Data ------------------------------------------------------------------------------------------

/** Back to the seeded data of the current data set (faults and budgets stay). */
export function resetDemoData(): void {
  resetDatabase();
  refresh();
}

export function getDataSet(): DataSet {
  return dataSetStore.get();
}

/** Switches to a freshly seeded data set; the large one is generated on the next call. */
export function setDataSet(dataSet: DataSet): void {
  resetDatabase(dataSet);
  refresh();
}

// Orders and host keys --------------------------------------------------------------------------

/** The balance orders are paid from; below an order's price the API answers 402. */
export function getBalance(): number {
  return database().balance ?? DEFAULT_BALANCE;
}

export function setBalance(amount: number): void {
  database().balance = Math.max(0, amount);
  commit();
  refresh();
}

/** Hosts the SSH tool knows, for the demo panel. */
export const SSH_DEMO_HOSTS = Object.keys(SSH_HOSTS).filter((host) => SSH_HOSTS[host]?.fingerprint);

/** Gives `host` a new SSH host key (as after a reinstall, or an attack), to try the TOFU warning. */
export function changeSshHostKey(host: string): string {
  const db = database();
  const hex = Array.from({ length: 16 }, () =>
    Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0'),
  ).join('');
  const fingerprint = hex.toUpperCase();
  // Keyed by address: the name and the address are one machine.
  const ip = SSH_HOSTS[host]?.ip ?? host;
  db.sshHostKeys = { ...db.sshHostKeys, [ip]: fingerprint };
  commit();
  refresh();
  return fingerprint;
}

// Rate limit ------------------------------------------------------------------------------------

/** A demo key's id (`operator`), the key itself, or ANONYMOUS_BUCKET. */
function bucketOf(keyIdOrKey: string): string {
  if (keyIdOrKey === ANONYMOUS_BUCKET) return ANONYMOUS_BUCKET;
  const key = DEMO_KEYS.find((k) => k.id === keyIdOrKey || k.key === keyIdOrKey);
  if (!key) throw new Error(`Not a demo key: ${keyIdOrKey.slice(0, 12)}…`);
  return key.id;
}

export function setRateLimitRemaining(keyIdOrKey: string, remaining: number): void {
  setBucketRemaining(bucketOf(keyIdOrKey), remaining, now());
}

export function getRateLimit(keyIdOrKey: string): BucketState {
  return peekBucket(bucketOf(keyIdOrKey), now());
}

// Faults ----------------------------------------------------------------------------------------

export interface FaultInput {
  kind?: FaultKind;
  status?: number;
  code?: string;
  message?: string;
  field?: string;
  retryAfter?: number;
  afterWrite?: boolean;
  /** For a `slow` fault: milliseconds. */
  delayMs?: number;
}

function toFault(input: FaultInput): Fault {
  const status = input.status ?? 500;
  const code = input.code?.trim() || (status === 429 ? 'rate_limit_exceeded' : 'server_error');
  const fault: Fault = {
    kind: input.kind ?? 'error',
    status,
    code,
    message:
      input.message?.trim() ||
      documentedCodeMeaning(code) ||
      documentedStatusMeaning(status) ||
      `HTTP ${status}`,
  };
  if (input.field?.trim()) fault.field = input.field.trim();
  if (input.retryAfter !== undefined) fault.retryAfter = Math.max(0, Math.round(input.retryAfter));
  if (input.afterWrite) fault.afterWrite = true;
  if (input.delayMs !== undefined) fault.delayMs = Math.max(0, Math.round(input.delayMs));
  return fault;
}

function checkEndpoint(id: string): string {
  if (!findEndpoint(id)) throw new Error(`Unknown endpoint id: ${id}`);
  return id;
}

/** 0 answers at once; null goes back to the default (none in tests, 80–250 ms in the browser). */
export function setLatency(ms: number | null): void {
  faultStore.set((s) => ({ ...s, latencyMs: ms === null ? null : Math.max(0, Math.round(ms)) }));
}

/** The next call (or the next call to `endpointId`) fails this way; one shot. */
export function failNextCall(input: FaultInput & { endpointId?: string | null } = {}): void {
  const endpointId = input.endpointId ? checkEndpoint(input.endpointId) : null;
  faultStore.set((s) => ({ ...s, next: { ...toFault(input), endpointId } }));
}

export function cancelNextFault(): void {
  faultStore.set((s) => ({ ...s, next: null }));
}

/** Every call to `endpointId` fails this way until cleared. */
export function failEndpoint(endpointId: string, input: FaultInput = {}): void {
  const id = checkEndpoint(endpointId);
  faultStore.set((s) => ({ ...s, endpoints: { ...s.endpoints, [id]: toFault(input) } }));
}

export function clearEndpointFault(endpointId: string): void {
  faultStore.set((s) => {
    const { [endpointId]: _cleared, ...rest } = s.endpoints;
    return { ...s, endpoints: rest };
  });
}

/** 503 `maintenance` for every call, before the key is even looked at; with `Retry-After` if given. */
export function setMaintenance(on: boolean, retryAfterSeconds: number | null = null): void {
  const retryAfter = on && retryAfterSeconds !== null ? Math.max(0, Math.round(retryAfterSeconds)) : null;
  faultStore.set((s) => ({ ...s, maintenance: on, maintenanceRetryAfter: retryAfter }));
}

/** No faults and the default latency. */
export function clearFaults(): void {
  faultStore.set(NO_FAULTS);
}
