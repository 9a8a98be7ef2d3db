import type { ApiCallEvent } from '@/api/call-events';
import { parseReset } from '@/api/rate-limit';
import { formatTime } from '../explorer/format-time';

/** "3599 of 3600 left, full again at 13:05:10", from the headers as the call received them. */
export function rateLimitSummary(call: ApiCallEvent): string | null {
  const { limit, remaining, reset } = call.rateLimit;
  if (limit === null && remaining === null && reset === null) return null;
  const parts = [`${remaining ?? '?'} of ${limit ?? '?'} left`];
  const resetAt = parseReset(reset, call.startedAt);
  if (resetAt !== null) parts.push(`full again at ${formatTime(resetAt)}`);
  return parts.join(', ');
}

/** A body as text for display and copying: strings as they came, anything else as JSON. */
export function bodyText(body: unknown): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : JSON.stringify(body, null, 2);
}
