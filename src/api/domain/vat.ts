import { z } from 'zod';
import { i18n } from '@/i18n';

const messages = i18n('customer-domain/vat', {
  vatId: 'Enter a Swiss UID (CHE-123.456.789 MWST) or an EU VAT number (e.g. DE123456789)',
});

/** Why a VAT id is not one, in the current language. */
export const vatIdMessage = () => messages.get().vatId;

// Shapes only (per the EU VIES format table): the number itself is checked by the tax authority.
export const EU_VAT_PATTERNS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(?:\d{7}[A-Z]{1,2}|\d[A-Z+*]\d{5}[A-Z])$/,
  IT: /^\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

// Separators are typed in many ways (CHE-123.456.789, DE 123 456 789, NL-1234.56.789.B01).
const compact = (value: string): string => value.toUpperCase().replace(/[\s.-]/g, '');

const SWISS_UID = /^CHE(\d{9})(MWST|TVA|IVA)?$/;

/** Formats a Swiss UID as CHE-123.456.789 [MWST], or returns null when it is not one. */
export function formatSwissUid(value: string): string | null {
  const match = SWISS_UID.exec(compact(value));
  if (!match) return null;
  const digits = match[1] ?? '';
  const formatted = `CHE-${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`;
  // MWST, TVA and IVA are the German, French and Italian names of the same VAT register entry.
  return match[2] ? `${formatted} MWST` : formatted;
}

/** Normalises an EU VAT number to e.g. DE123456789, or returns null when its shape is wrong. */
export function normaliseEuVat(value: string): string | null {
  const candidate = compact(value);
  const pattern = EU_VAT_PATTERNS[candidate.slice(0, 2)];
  return pattern?.test(candidate.slice(2)) ? candidate : null;
}

const UID_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4] as const;

/**
 * Swiss UID mod-11 check digit. Non-UID input is not this check's business and returns true,
 * so the form can show it as a warning next to the shape validation of `vatId`.
 */
export function uidChecksumValid(value: string): boolean {
  const match = SWISS_UID.exec(compact(value));
  if (!match) return true;
  const digits = [...(match[1] ?? '')].map(Number);
  const sum = UID_WEIGHTS.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits[8];
}

// The checksum is deliberately not enforced: the API docs' own example CHE-123.456.789 fails it.
export const vatId = z.string().transform((value, ctx) => {
  const normalised = formatSwissUid(value) ?? normaliseEuVat(value);
  if (normalised === null) {
    ctx.issues.push({ code: 'custom', message: vatIdMessage(), input: value });
    return z.NEVER;
  }
  return normalised;
});

/**
 * What the API gets for a VAT id: the formatted UID or VAT number when it reads as one, else what
 * was typed (trimmed). The docs only say "String", so another shape warns and never blocks.
 */
export const vatIdForSending = z
  .string()
  .transform((value) => formatSwissUid(value) ?? normaliseEuVat(value) ?? value.trim());
