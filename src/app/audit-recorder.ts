import type { QueryClient } from '@tanstack/react-query';
import { type ApiCallEvent, onApiCall } from '@/api/call-events';
import { previousRecord } from '@/api/queries/previous-records';
import { onWrite, type WriteEvent } from '@/api/write-events';
import type { AuditEntry } from '@/features/audit/audit-entry';
import { answerText, changesOf, outcomeOf, PENDING } from '@/features/audit/audit-record';
import { updateAudit } from '@/features/audit/audit-store';
import { describeTarget } from '@/features/audit/describe-target';

/** Writes sent from this page whose answer has not come yet, with the record as it was before. */
const inFlight = new Map<string, { write: WriteEvent; old: unknown }>();
let queryClient: QueryClient | null = null;
let stop: (() => void) | null = null;

/**
 * Records every write the console sends in the audit (features/audit): before it goes out, the
 * record as the query cache holds it; when it ends, the outcome. Idempotent: a new session only
 * swaps the query client.
 */
export function startAuditRecorder(client: QueryClient): () => void {
  queryClient = client;
  if (!stop) {
    const offWrite = onWrite(recordWrite);
    const offCall = onApiCall(recordAnswer);
    stop = () => {
      offWrite();
      offCall();
      inFlight.clear();
      queryClient = null;
      stop = null;
    };
  }
  return stop;
}

function recordWrite(write: WriteEvent): void {
  const cached = queryClient ? previousRecord(queryClient, write.endpointId, write.params) : undefined;
  // The cache holds what the API answered: masked like the call (the key, this write's secrets).
  const old = cached === undefined ? undefined : write.redact(cached);
  inFlight.set(write.id, { write, old });
  const entry: AuditEntry = {
    id: write.id,
    at: write.startedAt,
    key: write.keyHeader,
    endpointId: write.endpointId,
    method: write.method,
    path: write.path,
    target: describeTarget(write.endpointId, write.params, { old, sent: write.body }),
    changes: changesOf(write.method, old, write.body),
    oldKnown: old !== undefined,
    answer: null,
    outcome: PENDING,
  };
  updateAudit(write.connection, (entries) => [entry, ...entries]);
}

function recordAnswer(call: ApiCallEvent): void {
  const sent = inFlight.get(call.id);
  if (!sent) return;
  inFlight.delete(call.id);
  const { write, old } = sent;
  // Already redacted by the client (a generated password too); masked once more with the write's secrets.
  const answer = write.redact(call.responseBody);
  const target = describeTarget(write.endpointId, write.params, { old, sent: write.body, answer });
  const outcome = outcomeOf(call);
  updateAudit(write.connection, (entries) =>
    entries.map((entry) =>
      entry.id === write.id ? { ...entry, target, outcome, answer: answerText(answer) } : entry,
    ),
  );
}
