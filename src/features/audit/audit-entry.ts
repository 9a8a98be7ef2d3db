import { i18n } from '@/i18n';

/**
 * `pending`: sent, no answer yet; `ok`: done; `failed`: refused (nothing changed);
 * `lost`: the answer was lost, so the write may or may not have been carried out.
 */
export type AuditState = 'pending' | 'ok' | 'failed' | 'lost';

export interface AuditOutcome {
  state: AuditState;
  status: number | null;
  code: string | null;
  message: string | null;
}

/** One field of the record: `null` is "not set" (or, without `oldKnown`, not known). */
export interface AuditChange {
  field: string;
  old: string | null;
  new: string | null;
}

/** One write the console sent, as the audit keeps it: redacted, no key, no password. */
export interface AuditEntry {
  /** The call id (the request log's, while it still holds the call). */
  id: string;
  at: number;
  /** The key's header, masked as the request log masks it. */
  key: string;
  endpointId: string;
  method: string;
  path: string;
  /** What was written to, e.g. `customer 10000001 · Bergwerk Digital AG`. */
  target: string;
  /** PUT: the fields that changed; POST: the fields sent; DELETE: the record as it was. */
  changes: AuditChange[];
  /** The old values come from what the console had read of the record; false: it had not. */
  oldKnown: boolean;
  /** The answer as JSON text, redacted and cut short; null without one. */
  answer: string | null;
  outcome: AuditOutcome;
}

const messages = i18n('audit/audit-entry', {
  closed: 'The page was closed or reloaded before the answer came.',
});

/**
 * A write still pending when its page was closed: its answer can no longer arrive here. The
 * message is kept with the entry, in the language of the moment it was found lost.
 */
export function closedBeforeAnswer(): AuditOutcome {
  return { state: 'lost', status: null, code: null, message: messages.get().closed };
}
