import type { ApiCallEvent } from '@/api/call-events';
import { parseReset } from '@/api/rate-limit';
import { formatTime } from '@/features/ui/format-time';
import { formatNumber, i18n, params } from '@/i18n';

const messages = i18n('request-log/call-format', {
  left: params<{ remaining: string; limit: string }>('{remaining} of {limit} left'),
  fullAgain: params<{ time: string }>('full again at {time}'),
  preload: 'Preload',
  preloadMeaning:
    'Asked ahead of a click: the pointer rested on a link (or a link took the focus), so the page opens at once.',
  cancelled: 'Cancelled',
  cancelledMeaning:
    'The console no longer needed the answer (the page was left, or the same data was asked for anew). The API may still have received it.',
});

/** A call the console cancelled itself: no failure of the API's, so not among the failures. */
const isCancelled = (call: ApiCallEvent) => call.errorKind === 'aborted';
export const isFailure = (call: ApiCallEvent) => !call.ok && !isCancelled(call);

/** The log's word for a call the console cancelled, and what it means; null for the others. */
export function cancelledText(call: ApiCallEvent): { name: string; meaning: string } | null {
  if (!isCancelled(call)) return null;
  const t = messages.get();
  return { name: t.cancelled, meaning: t.cancelledMeaning };
}

/** The log's name for a call the user's own step did not make, and what it means; null for the others. */
export function initiatorText(call: ApiCallEvent): { name: string; meaning: string } | null {
  if (call.initiator !== 'preload') return null;
  const t = messages.get();
  return { name: t.preload, meaning: t.preloadMeaning };
}

/** "3,599 of 3,600 left, full again at 13:05:10", from the headers as the call received them. */
export function rateLimitSummary(call: ApiCallEvent): string | null {
  const { limit, remaining, reset } = call.rateLimit;
  if (limit === null && remaining === null && reset === null) return null;
  const t = messages.get();
  // Headers as received: a whole number is written for the language, anything else as it came.
  const count = (value: string | null) =>
    value === null ? '?' : /^\d+$/.test(value) ? formatNumber(Number(value)) : value;
  const parts = [t.left({ remaining: count(remaining), limit: count(limit) })];
  const resetAt = parseReset(reset, call.startedAt);
  if (resetAt !== null) parts.push(t.fullAgain({ time: formatTime(resetAt) }));
  return parts.join(', ');
}

/** A body as text for display and copying: strings as they came, anything else as JSON. */
export function bodyText(body: unknown): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : JSON.stringify(body, null, 2);
}
