import { formatTime as formatLocalTime } from '@/i18n';

/** Wall-clock time of a call, 24-hour, to the second, in the console's language. */
export function formatTime(epochMs: number): string {
  return formatLocalTime(epochMs);
}
