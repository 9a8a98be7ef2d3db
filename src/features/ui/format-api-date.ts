import type { ApiDate } from '@/api/catalogue/response-schemas';
import { formatDateTime } from '@/i18n';

/**
 * The API sends PHP DateTime objects as JSON: `{date: '2024-03-24 10:04:07.000000', timezone_type: 3,
 * timezone: 'UTC'}` (type 1: an offset like `+02:00`, type 2: an abbreviation, type 3: a zone name),
 * sometimes with a one-digit hour (`9:36:37`). A plain `YYYY-MM-DD HH:MM:SS` string carries no zone;
 * every documented example is UTC, so that is what it is taken as.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const OFFSET = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/i;
const UTC_NAMES = new Set(['UTC', 'GMT', 'Z', 'ZULU', 'ETC/UTC', 'ETC/GMT', 'UNIVERSAL']);
/** Abbreviations PHP emits for timezone_type 2 in the regions this API serves. */
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  CET: 60,
  CEST: 120,
  WET: 0,
  WEST: 60,
  EET: 120,
  EEST: 180,
  BST: 60,
};

/** Milliseconds that `zone` is ahead of UTC at the instant `utcMs`, or null for an unknown zone. */
function zoneOffsetMs(zone: string, utcMs: number): number | null {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(utcMs));
  } catch {
    return null;
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Wall-clock milliseconds (as if UTC) → the real instant, given the zone the clock was in. */
function toInstant(wallMs: number, timezone: string | undefined): number | null {
  const zone = (timezone ?? 'UTC').trim();
  if (UTC_NAMES.has(zone.toUpperCase())) return wallMs;
  const offset = OFFSET.exec(zone);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3]);
    return wallMs - (offset[1] === '-' ? -minutes : minutes) * 60_000;
  }
  const abbreviation = ABBREVIATIONS[zone.toUpperCase()];
  if (abbreviation !== undefined) return wallMs - abbreviation * 60_000;
  // A zone name: guess with the offset at the wall time, then correct once around DST changes.
  const first = zoneOffsetMs(zone, wallMs);
  if (first === null) return null;
  const second = zoneOffsetMs(zone, wallMs - first);
  return wallMs - (second ?? first);
}

/** The instant an API date stands for, or null when it cannot be read. */
export function parseApiDate(value: ApiDate | null | undefined): Date | null {
  if (value == null) return null;
  const text = typeof value === 'string' ? value : value.date;
  const timezone = typeof value === 'string' ? undefined : value.timezone;
  const match = WALL_CLOCK.exec(text.trim());
  if (!match) {
    // ISO 8601 with an offset or Z is unambiguous: let the platform read it.
    const iso = /[T ]\d.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? Date.parse(text) : Number.NaN;
    return Number.isNaN(iso) ? null : new Date(iso);
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0'] = match;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const instant = toInstant(wall, timezone);
  return instant === null || Number.isNaN(instant) ? null : new Date(instant);
}

/**
 * A value of an undocumented record that holds a date and time as the API writes them (a PHP
 * DateTime object, or `YYYY-MM-DD HH:MM:SS`), so it can read like every other API date; a bare
 * day, or anything else, is not one.
 */
export function apiDateOf(value: unknown): ApiDate | undefined {
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}[ T]\d/.test(value.trim()) && parseApiDate(value) ? value : undefined;
  }
  if (value && typeof value === 'object' && 'date' in value && typeof value.date === 'string') {
    const date = value as ApiDate;
    return parseApiDate(date) ? date : undefined;
  }
  return undefined;
}

/** An API date as a sort value: the instant in ISO form, so `9:36` sorts before `10:04`; '' unread. */
export const apiDateSortValue = (value: ApiDate | null | undefined) =>
  parseApiDate(value)?.toISOString() ?? '';

/**
 * In the viewer's time zone and the console's language, e.g. "24 Mar 2024, 11:04:07". A component
 * calling it re-renders on a language switch (`useMessages` or `useLocale`).
 */
export function formatLocalDateTime(date: Date): string {
  return formatDateTime(date, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** Unambiguous UTC, e.g. "2024-03-24 10:04:07 UTC". */
export function formatUtcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
