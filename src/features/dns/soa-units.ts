/** SOA timers and serials, read the way people read them. */
import { count, i18n, params } from '@/i18n';

const messages = i18n('dns/soa-units', {
  weeks: count({ one: '{count} week', other: '{count} weeks' }),
  days: count({ one: '{count} day', other: '{count} days' }),
  hours: count({ one: '{count} hour', other: '{count} hours' }),
  minutes: count({ one: '{count} minute', other: '{count} minutes' }),
  seconds: count({ one: '{count} second', other: '{count} seconds' }),
  refreshRange: 'RFC 1912 recommends a refresh between 20 minutes (1200) and 12 hours (43200).',
  retryBelowRefresh: 'RFC 1912 recommends a retry shorter than the refresh.',
  expireAboveBoth: 'RFC 1912 recommends an expire longer than refresh + retry.',
  expireRange: params<{ min: number; max: number }>(
    'RFC 1912 recommends an expire of 2 to 4 weeks ({min}–{max} seconds).',
  ),
});

type Unit = 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds';
const UNITS: readonly [number, Unit][] = [
  [604_800, 'weeks'],
  [86_400, 'days'],
  [3_600, 'hours'],
  [60, 'minutes'],
  [1, 'seconds'],
];

/** `86400` → "1 day", `5400` → "1 hour 30 minutes", `3600000` → "5 weeks 6 days 16 hours". */
export function humanSeconds(seconds: number): string {
  const t = messages.get();
  if (!Number.isFinite(seconds) || seconds <= 0) return t.seconds(seconds);
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [size, unit] of UNITS) {
    const n = Math.floor(rest / size);
    if (n === 0) continue;
    parts.push(t[unit](n));
    rest -= n * size;
    if (parts.length === 3) break;
  }
  return parts.join(' ');
}

export interface DecodedSerial {
  /** `2018-03-03` */
  date: string;
  /** The change of that day, `01`. */
  change: string;
}

/** The RFC 1912 date serial `YYYYMMDDnn`; null when a serial does not follow it (a counter, a Unix time). */
export function decodeSerial(serial: string | null | undefined): DecodedSerial | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})$/.exec(serial?.trim() ?? '');
  if (!match) return null;
  const [, y, m, d, change] = match as unknown as [string, string, string, string, string];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return { date: `${y}-${m}-${d}`, change };
}

export interface SoaTimers {
  refresh?: number | undefined;
  retry?: number | undefined;
  expire?: number | undefined;
}

const WEEK = 604_800;

/** The timers each piece of advice below reads: it is worth showing once one of them was changed. */
export const SOA_ADVICE_READS: Readonly<Record<keyof SoaTimers, readonly (keyof SoaTimers)[]>> = {
  refresh: ['refresh'],
  retry: ['retry', 'refresh'],
  expire: ['expire', 'refresh', 'retry'],
};

/**
 * RFC 1912 (section 2.2) recommendations. The API does not enforce them, so they only warn:
 * refresh 20 minutes to 12 hours, retry below refresh, expire above refresh + retry and 2–4 weeks.
 */
export function soaWarnings({ refresh, retry, expire }: SoaTimers): Partial<Record<keyof SoaTimers, string>> {
  const t = messages.get();
  const warnings: Partial<Record<keyof SoaTimers, string>> = {};
  if (refresh !== undefined && (refresh < 1_200 || refresh > 43_200)) {
    warnings.refresh = t.refreshRange;
  }
  if (retry !== undefined && refresh !== undefined && retry >= refresh) {
    warnings.retry = t.retryBelowRefresh;
  }
  if (expire !== undefined) {
    if (refresh !== undefined && retry !== undefined && expire <= refresh + retry) {
      warnings.expire = t.expireAboveBoth;
    } else if (expire < 2 * WEEK || expire > 4 * WEEK) {
      warnings.expire = t.expireRange({ min: 2 * WEEK, max: 4 * WEEK });
    }
  }
  return warnings;
}
