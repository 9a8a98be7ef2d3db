import { i18n } from '@/i18n';

const messages = i18n('customer-domain/zip-code', {
  ch: 'Swiss postal codes have 4 digits',
  li: 'Liechtenstein postal codes have 4 digits',
  at: 'Austrian postal codes have 4 digits',
  be: 'Belgian postal codes have 4 digits',
  dk: 'Danish postal codes have 4 digits',
  no: 'Norwegian postal codes have 4 digits',
  hu: 'Hungarian postal codes have 4 digits',
  lu: 'Luxembourg postal codes have 4 digits',
  si: 'Slovenian postal codes have 4 digits',
  bg: 'Bulgarian postal codes have 4 digits',
  au: 'Australian postcodes have 4 digits',
  nz: 'New Zealand postcodes have 4 digits',
  za: 'South African postal codes have 4 digits',
  de: 'German postal codes have 5 digits',
  fr: 'French postal codes have 5 digits',
  it: 'Italian postal codes have 5 digits',
  es: 'Spanish postal codes have 5 digits',
  fi: 'Finnish postal codes have 5 digits',
  ee: 'Estonian postal codes have 5 digits',
  hr: 'Croatian postal codes have 5 digits',
  gr: 'Greek postal codes have 5 digits, e.g. 123 45',
  se: 'Swedish postal codes have 5 digits, e.g. 123 45',
  cz: 'Czech postal codes have 5 digits, e.g. 123 45',
  sk: 'Slovak postal codes have 5 digits, e.g. 123 45',
  pl: 'Polish postal codes look like 12-345',
  pt: 'Portuguese postal codes look like 1234-567',
  nl: 'Dutch postcodes look like 1234 AB',
  uk: 'UK postcodes look like SW1A 1AA',
  ie: 'Irish Eircodes look like D02 X285',
  us: 'US ZIP codes have 5 digits, optionally +4 (12345-6789)',
  ca: 'Canadian postal codes look like A1A 1A1',
  other: 'Postal codes have 1–10 letters, digits, spaces or dashes',
});
type ZipMessage = keyof ReturnType<typeof messages.get>;

export interface ZipCodeRule {
  pattern: RegExp;
  /** Shown as-is under the field, so it names the expected shape (in the current language). */
  readonly message: string;
}

const rule = (pattern: RegExp, key: ZipMessage): ZipCodeRule => ({
  pattern,
  get message() {
    return messages.get()[key];
  },
});

const digits = (count: number, key: ZipMessage): ZipCodeRule => rule(new RegExp(`^\\d{${count}}$`), key);

// "123 45" is how Swedish, Czech, Slovak and Greek codes are printed; plain 5 digits is also common.
const spacedFive = (key: ZipMessage): ZipCodeRule => rule(/^\d{3} ?\d{2}$/, key);

// The UK government's postcode pattern (BS 7666), including the special GIR 0AA.
const UK: ZipCodeRule = rule(
  /^(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})$/i,
  'uk',
);

/** Postal code shapes by ISO country code (plus UK, which the API also uses for GB). */
export const ZIP_CODE_RULES: Readonly<Record<string, ZipCodeRule>> = {
  CH: digits(4, 'ch'),
  LI: digits(4, 'li'),
  AT: digits(4, 'at'),
  BE: digits(4, 'be'),
  DK: digits(4, 'dk'),
  NO: digits(4, 'no'),
  HU: digits(4, 'hu'),
  LU: digits(4, 'lu'),
  SI: digits(4, 'si'),
  BG: digits(4, 'bg'),
  AU: digits(4, 'au'),
  NZ: digits(4, 'nz'),
  ZA: digits(4, 'za'),
  DE: digits(5, 'de'),
  FR: digits(5, 'fr'),
  IT: digits(5, 'it'),
  ES: digits(5, 'es'),
  FI: digits(5, 'fi'),
  EE: digits(5, 'ee'),
  HR: digits(5, 'hr'),
  GR: spacedFive('gr'),
  SE: spacedFive('se'),
  CZ: spacedFive('cz'),
  SK: spacedFive('sk'),
  PL: rule(/^\d{2}-\d{3}$/, 'pl'),
  PT: rule(/^\d{4}-\d{3}$/, 'pt'),
  NL: rule(/^[1-9]\d{3} ?[A-Z]{2}$/i, 'nl'),
  GB: UK,
  UK,
  // Eircode: routing key (letter + 2 digits, or D6W) and a 4-character unique identifier.
  IE: rule(/^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/i, 'ie'),
  US: rule(/^\d{5}(?:-\d{4})?$/, 'us'),
  CA: rule(/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i, 'ca'),
};

const FALLBACK: ZipCodeRule = rule(/^[A-Za-z0-9 -]{1,10}$/, 'other');

/** Returns why `zip` is not a postal code of `country` (ISO alpha-2), or null when it is fine. */
export function zipCodeIssue(country: string, zip: string): string | null {
  const rule = ZIP_CODE_RULES[country.trim().toUpperCase()] ?? FALLBACK;
  return rule.pattern.test(zip.trim()) ? null : rule.message;
}
