import { e164Phone } from '@/api/domain/phone';
import { uidChecksumValid, vatId, vatIdMessage } from '@/api/domain/vat';
import { zipCodeIssue } from '@/api/domain/zip-code';
import { i18n, params } from '@/i18n';

export { phoneWarning } from '@/api/domain/phone';

/** What the customer form says under the phone and VAT fields: the shape, then what will be sent. */
const messages = i18n('customers/customer-form-hints', {
  phone: 'International format, e.g. +41 44 123 45 67',
  savedAs: params<{ value: string }>('Saved as {value}'),
  vatShapes: 'Swiss UID like CHE-123.456.789 MWST (or TVA, IVA), or an EU VAT number like DE123456789.',
  uidChecksum:
    'The check digit of this Swiss UID does not match. Check the number; it can still be saved (the API’s own documented example fails this check too).',
  vatUnknown: params<{ message: string }>('{message}. It can still be saved as typed.'),
});

/** Under a phone field before blur: the expected shape. */
export const phoneShapeHint = () => messages.get().phone;

/** After blur: the E.164 number that will be sent, when it differs from what was typed. */
export function phoneHint(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const parsed = e164Phone.safeParse(value);
  return parsed.success && parsed.data !== value ? messages.get().savedAs({ value: parsed.data }) : undefined;
}

/** After blur: the formatted VAT id that will be sent; before, the accepted shapes. */
export function vatHint(value: string): string {
  const parsed = value.trim() ? vatId.safeParse(value) : null;
  if (parsed?.success && parsed.data !== value) return messages.get().savedAs({ value: parsed.data });
  return messages.get().vatShapes;
}

/**
 * A failed UID check digit warns but never blocks: the API docs' own example (CHE-123.456.789)
 * fails it, and the register is the authority, not this check.
 */
export function uidChecksumWarning(value: string): string | undefined {
  if (!value?.trim() || uidChecksumValid(value)) return undefined;
  return messages.get().uidChecksum;
}

/**
 * The API docs call the VAT id a plain String: an unknown shape warns (and is sent as typed),
 * a Swiss UID whose check digit fails warns too.
 */
export function vatWarning(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  if (!vatId.safeParse(value).success) return messages.get().vatUnknown({ message: vatIdMessage() });
  return uidChecksumWarning(value);
}

/** The docs state no postal-code shape: the country's usual shape only warns. */
export function zipWarning(country: string | undefined, zip: string | undefined): string | undefined {
  if (!zip?.trim() || !country?.trim()) return undefined;
  return zipCodeIssue(country, zip) ?? undefined;
}
