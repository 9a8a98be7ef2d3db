/** The API's two date formats: PHP's DateTime as JSON, and a plain `YYYY-MM-DD HH:MM:SS`. */
export interface ApiDateTime {
  date: string;
  timezone_type: 3;
  timezone: 'UTC';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function plainDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

export function apiDateTime(ms: number): ApiDateTime {
  // PHP prints microseconds; milliseconds are all we have.
  return { date: `${plainDate(ms)}.${pad((ms % 1000) * 1000, 6)}`, timezone_type: 3, timezone: 'UTC' };
}

/** SOA serial in the usual YYYYMMDDnn form; bumped on every change. */
export function nextSerial(previous: string | null, ms: number): string {
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  if (previous?.startsWith(day)) {
    const count = Number(previous.slice(8)) + 1;
    return `${day}${pad(Math.min(count, 99))}`;
  }
  return `${day}01`;
}
