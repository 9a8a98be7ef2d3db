/** SOA timers and serials, read the way people read them. */

const UNITS: readonly [number, string, string][] = [
  [604_800, 'week', 'weeks'],
  [86_400, 'day', 'days'],
  [3_600, 'hour', 'hours'],
  [60, 'minute', 'minutes'],
  [1, 'second', 'seconds'],
];

/** `86400` → "1 day", `5400` → "1 hour 30 minutes", `3600000` → "5 weeks 6 days 16 hours". */
export function humanSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return `${seconds} seconds`;
  if (seconds === 0) return '0 seconds';
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [size, one, many] of UNITS) {
    const count = Math.floor(rest / size);
    if (count === 0) continue;
    parts.push(`${count} ${count === 1 ? one : many}`);
    rest -= count * size;
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

/**
 * RFC 1912 (section 2.2) recommendations. The API does not enforce them, so they only warn:
 * refresh 20 minutes to 12 hours, retry below refresh, expire above refresh + retry and 2–4 weeks.
 */
export function soaWarnings({ refresh, retry, expire }: SoaTimers): Partial<Record<keyof SoaTimers, string>> {
  const warnings: Partial<Record<keyof SoaTimers, string>> = {};
  if (refresh !== undefined && (refresh < 1_200 || refresh > 43_200)) {
    warnings.refresh = 'RFC 1912 recommends a refresh between 20 minutes (1200) and 12 hours (43200).';
  }
  if (retry !== undefined && refresh !== undefined && retry >= refresh) {
    warnings.retry = 'RFC 1912 recommends a retry shorter than the refresh.';
  }
  if (expire !== undefined) {
    if (refresh !== undefined && retry !== undefined && expire <= refresh + retry) {
      warnings.expire = 'RFC 1912 recommends an expire longer than refresh + retry.';
    } else if (expire < 2 * WEEK || expire > 4 * WEEK) {
      warnings.expire = `RFC 1912 recommends an expire of 2 to 4 weeks (${2 * WEEK}–${4 * WEEK} seconds).`;
    }
  }
  return warnings;
}
