import { ZONE_DEFAULTS } from '@/api/catalogue/body-schemas';
import { emailForReading } from '@/api/domain/domain-name';
import type { Zone } from '@/api/types';

/** What a zone form's inputs hold: text for the timers (the schema reads numbers), a box for DNSSEC. */
export interface ZoneFormValues {
  name: string;
  hostmaster: string;
  ttl: string;
  refresh: string;
  retry: string;
  expire: string;
  dnssec: boolean;
}

export const TIMER_FIELDS = ['ttl', 'refresh', 'retry', 'expire'] as const;

/** A new zone starts with the documented defaults. */
export const NEW_ZONE: ZoneFormValues = {
  name: '',
  hostmaster: '',
  ttl: String(ZONE_DEFAULTS.ttl),
  refresh: String(ZONE_DEFAULTS.refresh),
  retry: String(ZONE_DEFAULTS.retry),
  expire: String(ZONE_DEFAULTS.expire),
  dnssec: ZONE_DEFAULTS.dnssec,
};

/**
 * SOA form → e-mail address: `hostmaster.example.com` is hostmaster@example.com (RFC 1035; an
 * escaped `\.` belongs to the mailbox). An address already holding `@` stays.
 */
export function soaToEmail(value: string): string {
  if (!value || value.includes('@')) return value;
  const match = /^((?:[^.\\]|\\.)+)\.(.+)$/.exec(value);
  return match ? `${(match[1] as string).replace(/\\\./g, '.')}@${match[2]}` : value;
}

/** E-mail address → SOA form, as the zone file writes it: hostmaster@example.com → hostmaster.example.com. */
export function emailToSoa(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 1) return value;
  return `${value.slice(0, at).replace(/\./g, '\\.')}.${value.slice(at + 1).toLowerCase()}`;
}

/** The edit form starts from the zone as the API holds it (numbers arrive as strings). */
export function zoneToFormValues(zone: Zone, name: string): ZoneFormValues {
  const text = (value: number | null | undefined, fallback: number) => String(value ?? fallback);
  return {
    name,
    // As typed and as the zone page reads it: an IDN domain in Unicode (the schema sends xn--).
    hostmaster: emailForReading(soaToEmail(zone.hostmaster ?? '')),
    ttl: text(zone.ttl, ZONE_DEFAULTS.ttl),
    refresh: text(zone.refresh, ZONE_DEFAULTS.refresh),
    retry: text(zone.retry, ZONE_DEFAULTS.retry),
    expire: text(zone.expire, ZONE_DEFAULTS.expire),
    dnssec: zone.dnssec ?? false,
  };
}
