import { e164Phone } from '@/api/domain/phone';
import { uidChecksumValid, VAT_ID_MESSAGE, vatId } from '@/api/domain/vat';
import { zipCodeIssue } from '@/api/domain/zip-code';

export { phoneWarning } from '@/api/domain/phone';

/** What the customer form says under the phone and VAT fields: the shape, then what will be sent. */

export const PHONE_HINT = 'International format, e.g. +41 44 123 45 67';

/** After blur: the E.164 number that will be sent, when it differs from what was typed. */
export function phoneHint(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const parsed = e164Phone.safeParse(value);
  return parsed.success && parsed.data !== value ? `Saved as ${parsed.data}` : undefined;
}

/** After blur: the formatted VAT id that will be sent; before, the accepted shapes. */
export function vatHint(value: string): string {
  const parsed = value.trim() ? vatId.safeParse(value) : null;
  if (parsed?.success && parsed.data !== value) return `Saved as ${parsed.data}`;
  return 'Swiss UID like CHE-123.456.789 MWST (or TVA, IVA), or an EU VAT number like DE123456789.';
}

/**
 * A failed UID check digit warns but never blocks: the API docs' own example (CHE-123.456.789)
 * fails it, and the register is the authority, not this check.
 */
export function uidChecksumWarning(value: string): string | undefined {
  if (!value?.trim() || uidChecksumValid(value)) return undefined;
  return 'The check digit of this Swiss UID does not match. Check the number; it can still be saved (the API’s own documented example fails this check too).';
}

/**
 * The API docs call the VAT id a plain String: an unknown shape warns (and is sent as typed),
 * a Swiss UID whose check digit fails warns too.
 */
export function vatWarning(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  if (!vatId.safeParse(value).success) return `${VAT_ID_MESSAGE}. It can still be saved as typed.`;
  return uidChecksumWarning(value);
}

/** The docs state no postal-code shape: the country's usual shape only warns. */
export function zipWarning(country: string | undefined, zip: string | undefined): string | undefined {
  if (!zip?.trim() || !country?.trim()) return undefined;
  return zipCodeIssue(country, zip) ?? undefined;
}
