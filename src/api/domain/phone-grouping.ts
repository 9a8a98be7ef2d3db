import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// Not in index.ts: libphonenumber's metadata is 29 KiB gzip, loaded only where a number is shown
// (`usePhoneGrouping` in the UI kit).

/**
 * An international number grouped as it is dialled in its country ("+41 44 234 56 78"), or null
 * when it does not read as one for sure (no country code, too short): then it is shown as sent.
 */
export function groupPhoneNumber(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value.trim());
  return parsed?.isPossible() ? parsed.formatInternational() : null;
}
