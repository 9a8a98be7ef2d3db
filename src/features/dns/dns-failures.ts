import { i18n } from '@/i18n';

/**
 * What the documented DNS_* failure codes mean for the user: the API's messages are terse (and
 * two are copies), so each gets what happened and what to do. Keyed by code; read it with
 * `useMessages(dnsFailureAdvice)` so it follows the language.
 */
export const dnsFailureAdvice = i18n('dns/dns-failures', {
  DNS_CONFIG_CREATE_FAILED:
    'The name server configuration could not be written, so the zone is not served. Try again; if it fails again, contact 4b42 support.',
  DNS_RECORD_ALREADY_EXIST:
    'A record with this name already exists. (The documented message, “DNS Deamon reload failed!”, is a copy of DNS_RELOAD_FAILED.)',
  DNS_RELOAD_FAILED:
    'The change was stored but the name server did not reload: it may serve the old values until the next reload. Check the zone again in a few minutes.',
  DNS_SYNC_CREATE_FAILED:
    'The zone exists on the primary name server but not yet on the secondaries. They catch up on their own; if not, contact support.',
  DNS_SYNC_DELETE_FAILED:
    'The zone was removed from the primary name server but the secondaries may still answer for it for a while.',
  DNS_ZONE_CREATE_FAILED: 'The zone file could not be created. Nothing was created; contact 4b42 support.',
  DNS_ZONE_DELETE_FAILED: 'The zone file could not be deleted; the zone is still served. Try again later.',
  DNS_ZONE_REMOVE_FAILED:
    'The zone file or its signed copies could not be removed; the zone may still be served. Contact 4b42 support.',
  DNS_ZONE_SIGN_FAILED:
    'The zone could not be signed, so DNSSEC is not on. Whether the other values were saved, the zone read again says; try switching DNSSEC on again later.',
});

/** The advice for a code, if it is one of the documented DNS_* failures. */
export function adviceFor(advice: Readonly<Record<string, string>>, code: string | null | undefined) {
  return code && Object.hasOwn(advice, code) ? advice[code] : undefined;
}

/** Codes that stand for one field of a zone form. */
export const ZONE_CODE_FIELDS = {
  ZONE_ALREADY_IN_USE: 'name',
  INVALID_FQDN: 'name',
  INVALID_EMAIL: 'hostmaster',
} as const;
