import { z } from 'zod';
import { i18n } from '@/i18n';

const messages = i18n('customer-domain/phone', {
  e164: 'Enter an international number in E.164 form, e.g. +41 44 123 45 67',
});

const E164 = /^\+[1-9]\d{6,14}$/;

/** Removes the separators people type and turns the international call prefix 00 into +. */
export function normalisePhone(input: string): string {
  // "+41 (0)44 …" is common Swiss/German notation: the bracketed trunk 0 is not dialled
  // after a country code, so it is dropped rather than just losing its brackets.
  const trimmed = input.trim();
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  const withoutTrunk = international ? trimmed.replace(/\(\s*0\s*\)/g, '') : trimmed;
  const compact = withoutTrunk.replace(/[\s\-./()]/g, '');
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

export const e164Phone = z
  .string()
  .transform(normalisePhone)
  .pipe(z.string().regex(E164, { error: () => messages.get().e164 }));

/**
 * What the API gets for a phone number: E.164 when the input reads as one, else what was typed
 * (trimmed). The docs only say "String", so a number in another shape is a warning, not a block.
 */
export const phoneForSending = z.string().transform((value) => {
  const parsed = e164Phone.safeParse(value);
  return parsed.success ? parsed.data : value.trim();
});

/** Why `value` is not an E.164 number (shown as a warning), or undefined when it is one or empty. */
export function phoneWarning(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  return e164Phone.safeParse(value).success ? undefined : messages.get().e164;
}
