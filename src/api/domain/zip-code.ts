export interface ZipCodeRule {
  pattern: RegExp;
  /** Shown as-is under the field, so it names the expected shape. */
  message: string;
}

const digits = (count: number, message: string): ZipCodeRule => ({
  pattern: new RegExp(`^\\d{${count}}$`),
  message,
});

// "123 45" is how Swedish, Czech, Slovak and Greek codes are printed; plain 5 digits is also common.
const spacedFive = (message: string): ZipCodeRule => ({ pattern: /^\d{3} ?\d{2}$/, message });

// The UK government's postcode pattern (BS 7666), including the special GIR 0AA.
const UK: ZipCodeRule = {
  pattern:
    /^(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})$/i,
  message: 'UK postcodes look like SW1A 1AA',
};

/** Postal code shapes by ISO country code (plus UK, which the API also uses for GB). */
export const ZIP_CODE_RULES: Readonly<Record<string, ZipCodeRule>> = {
  CH: digits(4, 'Swiss postal codes have 4 digits'),
  LI: digits(4, 'Liechtenstein postal codes have 4 digits'),
  AT: digits(4, 'Austrian postal codes have 4 digits'),
  BE: digits(4, 'Belgian postal codes have 4 digits'),
  DK: digits(4, 'Danish postal codes have 4 digits'),
  NO: digits(4, 'Norwegian postal codes have 4 digits'),
  HU: digits(4, 'Hungarian postal codes have 4 digits'),
  LU: digits(4, 'Luxembourg postal codes have 4 digits'),
  SI: digits(4, 'Slovenian postal codes have 4 digits'),
  BG: digits(4, 'Bulgarian postal codes have 4 digits'),
  AU: digits(4, 'Australian postcodes have 4 digits'),
  NZ: digits(4, 'New Zealand postcodes have 4 digits'),
  ZA: digits(4, 'South African postal codes have 4 digits'),
  DE: digits(5, 'German postal codes have 5 digits'),
  FR: digits(5, 'French postal codes have 5 digits'),
  IT: digits(5, 'Italian postal codes have 5 digits'),
  ES: digits(5, 'Spanish postal codes have 5 digits'),
  FI: digits(5, 'Finnish postal codes have 5 digits'),
  EE: digits(5, 'Estonian postal codes have 5 digits'),
  HR: digits(5, 'Croatian postal codes have 5 digits'),
  GR: spacedFive('Greek postal codes have 5 digits, e.g. 123 45'),
  SE: spacedFive('Swedish postal codes have 5 digits, e.g. 123 45'),
  CZ: spacedFive('Czech postal codes have 5 digits, e.g. 123 45'),
  SK: spacedFive('Slovak postal codes have 5 digits, e.g. 123 45'),
  PL: { pattern: /^\d{2}-\d{3}$/, message: 'Polish postal codes look like 12-345' },
  PT: { pattern: /^\d{4}-\d{3}$/, message: 'Portuguese postal codes look like 1234-567' },
  NL: { pattern: /^[1-9]\d{3} ?[A-Z]{2}$/i, message: 'Dutch postcodes look like 1234 AB' },
  GB: UK,
  UK,
  // Eircode: routing key (letter + 2 digits, or D6W) and a 4-character unique identifier.
  IE: {
    pattern: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/i,
    message: 'Irish Eircodes look like D02 X285',
  },
  US: { pattern: /^\d{5}(?:-\d{4})?$/, message: 'US ZIP codes have 5 digits, optionally +4 (12345-6789)' },
  CA: {
    pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
    message: 'Canadian postal codes look like A1A 1A1',
  },
};

const FALLBACK: ZipCodeRule = {
  pattern: /^[A-Za-z0-9 -]{1,10}$/,
  message: 'Postal codes have 1–10 letters, digits, spaces or dashes',
};

/** Returns why `zip` is not a postal code of `country` (ISO alpha-2), or null when it is fine. */
export function zipCodeIssue(country: string, zip: string): string | null {
  const rule = ZIP_CODE_RULES[country.trim().toUpperCase()] ?? FALLBACK;
  return rule.pattern.test(zip.trim()) ? null : rule.message;
}
