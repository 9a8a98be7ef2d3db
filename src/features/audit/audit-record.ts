import type { ApiCallEvent } from '@/api/call-events';
import { formatNumber, i18n, params } from '@/i18n';
import type { AuditChange, AuditOutcome } from './audit-entry';

// Written into the entry when it is recorded, in the language of that moment.
const messages = i18n('audit/audit-record', {
  cut: params<{ size: string }>('({size} characters)'),
});

// What the recorder makes of a write (app/audit-recorder.ts); the page needs none of it.

/** A single value or an answer longer than this is cut: the audit is a record, not a backup. */
export const AUDIT_VALUE_LIMIT = 500;
export const AUDIT_ANSWER_LIMIT = 2000;

function cut(text: string, limit: number): string {
  return text.length > limit
    ? `${text.slice(0, limit)}… ${messages.get().cut({ size: formatNumber(text.length) })}`
    : text;
}

/** A field's value as text; null when not set. */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return cut(text, AUDIT_VALUE_LIMIT);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A record's top-level fields; anything else (a bare string, a list) as one `value`. */
function fieldsOf(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  return isRecord(value) ? value : { value };
}

/**
 * What the write did to each field. A PUT lists only the fields it changes (all it sends when the
 * old values are not known), a POST what it sends, a DELETE the record it removes.
 */
export function changesOf(method: string, old: unknown, sent: unknown): AuditChange[] {
  const before = fieldsOf(old);
  const oldKnown = old !== undefined;
  if (method === 'DELETE') {
    return Object.entries(before).map(([field, value]) => ({ field, old: valueText(value), new: null }));
  }
  const changes: AuditChange[] = [];
  for (const [field, value] of Object.entries(fieldsOf(sent))) {
    const next = valueText(value);
    const previous = method === 'PUT' ? valueText(before[field]) : null;
    if (method === 'PUT' && oldKnown && previous === next) continue;
    changes.push({ field, old: previous, new: next });
  }
  return changes;
}

/** The answer as JSON text for the record, cut short; null without a body. */
export function answerText(body: unknown): string | null {
  if (body === undefined || body === null || body === '') return null;
  return cut(typeof body === 'string' ? body : JSON.stringify(body), AUDIT_ANSWER_LIMIT);
}

/** How the call ended, from its (redacted) call event. */
export function outcomeOf(call: ApiCallEvent): AuditOutcome {
  const { status, code, message } = call;
  if (call.ok) return { state: 'ok', status, code: null, message: null };
  // The console counts a DELETE answered 404 as deleted (api/queries/already-gone.ts): so does its audit.
  if (call.method === 'DELETE' && status === 404)
    return { state: 'ok', status, code, message: ALREADY_GONE_NOTE };
  const lost = call.outcomeUnknown || (status === null && call.errorKind !== 'aborted');
  return { state: lost ? 'lost' : 'failed', status, code, message };
}

/** Why a 404 reads as done. */
export const ALREADY_GONE_NOTE = 'It was gone already: counted as deleted.';

export const PENDING: AuditOutcome = { state: 'pending', status: null, code: null, message: null };
