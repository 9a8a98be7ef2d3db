import { z } from 'zod';
import { i18n, intlLocale, localeStore } from '@/i18n';

export interface Country {
  code: string;
  name: string;
}

// ISO 3166-1 alpha-2, officially assigned codes with their ISO English short names.
// Packed as one "CC Name" per line (in code order, easy to audit) and parsed once at module load,
// which keeps the lazily loaded chunk small.
const PACKED = `AD Andorra
AE United Arab Emirates
AF Afghanistan
AG Antigua and Barbuda
AI Anguilla
AL Albania
AM Armenia
AO Angola
AQ Antarctica
AR Argentina
AS American Samoa
AT Austria
AU Australia
AW Aruba
AX Åland Islands
AZ Azerbaijan
BA Bosnia and Herzegovina
BB Barbados
BD Bangladesh
BE Belgium
BF Burkina Faso
BG Bulgaria
BH Bahrain
BI Burundi
BJ Benin
BL Saint Barthélemy
BM Bermuda
BN Brunei Darussalam
BO Bolivia (Plurinational State of)
BQ Bonaire, Sint Eustatius and Saba
BR Brazil
BS Bahamas
BT Bhutan
BV Bouvet Island
BW Botswana
BY Belarus
BZ Belize
CA Canada
CC Cocos (Keeling) Islands
CD Congo, Democratic Republic of the
CF Central African Republic
CG Congo
CH Switzerland
CI Côte d'Ivoire
CK Cook Islands
CL Chile
CM Cameroon
CN China
CO Colombia
CR Costa Rica
CU Cuba
CV Cabo Verde
CW Curaçao
CX Christmas Island
CY Cyprus
CZ Czechia
DE Germany
DJ Djibouti
DK Denmark
DM Dominica
DO Dominican Republic
DZ Algeria
EC Ecuador
EE Estonia
EG Egypt
EH Western Sahara
ER Eritrea
ES Spain
ET Ethiopia
FI Finland
FJ Fiji
FK Falkland Islands (Malvinas)
FM Micronesia (Federated States of)
FO Faroe Islands
FR France
GA Gabon
GB United Kingdom of Great Britain and Northern Ireland
GD Grenada
GE Georgia
GF French Guiana
GG Guernsey
GH Ghana
GI Gibraltar
GL Greenland
GM Gambia
GN Guinea
GP Guadeloupe
GQ Equatorial Guinea
GR Greece
GS South Georgia and the South Sandwich Islands
GT Guatemala
GU Guam
GW Guinea-Bissau
GY Guyana
HK Hong Kong
HM Heard Island and McDonald Islands
HN Honduras
HR Croatia
HT Haiti
HU Hungary
ID Indonesia
IE Ireland
IL Israel
IM Isle of Man
IN India
IO British Indian Ocean Territory
IQ Iraq
IR Iran (Islamic Republic of)
IS Iceland
IT Italy
JE Jersey
JM Jamaica
JO Jordan
JP Japan
KE Kenya
KG Kyrgyzstan
KH Cambodia
KI Kiribati
KM Comoros
KN Saint Kitts and Nevis
KP Korea (Democratic People's Republic of)
KR Korea, Republic of
KW Kuwait
KY Cayman Islands
KZ Kazakhstan
LA Lao People's Democratic Republic
LB Lebanon
LC Saint Lucia
LI Liechtenstein
LK Sri Lanka
LR Liberia
LS Lesotho
LT Lithuania
LU Luxembourg
LV Latvia
LY Libya
MA Morocco
MC Monaco
MD Moldova, Republic of
ME Montenegro
MF Saint Martin (French part)
MG Madagascar
MH Marshall Islands
MK North Macedonia
ML Mali
MM Myanmar
MN Mongolia
MO Macao
MP Northern Mariana Islands
MQ Martinique
MR Mauritania
MS Montserrat
MT Malta
MU Mauritius
MV Maldives
MW Malawi
MX Mexico
MY Malaysia
MZ Mozambique
NA Namibia
NC New Caledonia
NE Niger
NF Norfolk Island
NG Nigeria
NI Nicaragua
NL Netherlands
NO Norway
NP Nepal
NR Nauru
NU Niue
NZ New Zealand
OM Oman
PA Panama
PE Peru
PF French Polynesia
PG Papua New Guinea
PH Philippines
PK Pakistan
PL Poland
PM Saint Pierre and Miquelon
PN Pitcairn
PR Puerto Rico
PS Palestine, State of
PT Portugal
PW Palau
PY Paraguay
QA Qatar
RE Réunion
RO Romania
RS Serbia
RU Russian Federation
RW Rwanda
SA Saudi Arabia
SB Solomon Islands
SC Seychelles
SD Sudan
SE Sweden
SG Singapore
SH Saint Helena, Ascension and Tristan da Cunha
SI Slovenia
SJ Svalbard and Jan Mayen
SK Slovakia
SL Sierra Leone
SM San Marino
SN Senegal
SO Somalia
SR Suriname
SS South Sudan
ST Sao Tome and Principe
SV El Salvador
SX Sint Maarten (Dutch part)
SY Syrian Arab Republic
SZ Eswatini
TC Turks and Caicos Islands
TD Chad
TF French Southern Territories
TG Togo
TH Thailand
TJ Tajikistan
TK Tokelau
TL Timor-Leste
TM Turkmenistan
TN Tunisia
TO Tonga
TR Türkiye
TT Trinidad and Tobago
TV Tuvalu
TW Taiwan, Province of China
TZ Tanzania, United Republic of
UA Ukraine
UG Uganda
UM United States Minor Outlying Islands
US United States of America
UY Uruguay
UZ Uzbekistan
VA Holy See
VC Saint Vincent and the Grenadines
VE Venezuela (Bolivarian Republic of)
VG Virgin Islands (British)
VI Virgin Islands (U.S.)
VN Viet Nam
VU Vanuatu
WF Wallis and Futuna
WS Samoa
YE Yemen
YT Mayotte
ZA South Africa
ZM Zambia
ZW Zimbabwe`;

const NAMES = new Map<string, string>(
  PACKED.split('\n').map((line) => [line.slice(0, 2), line.slice(3)] as const),
);

let english: readonly Country[] | undefined;

/**
 * Every country in English, sorted for pickers: the collator puts "Åland" with the A's and "Côte"
 * with the C's. Sorted on first use, not when the module loads: a first collator costs 12–28 ms
 * (ICU data), and the demo loads this module while its first page settles.
 */
export function englishCountries(): readonly Country[] {
  if (!english) {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    english = Object.freeze(
      [...NAMES]
        .map(([code, name]) => Object.freeze({ code, name }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    );
  }
  return english;
}

/** The ISO short name in English, whatever the language; undefined for an unassigned code. */
export function englishCountryName(code: string): string | undefined {
  return NAMES.get(code.toUpperCase());
}

/** Case-insensitive: API payloads are not always upper-case. */
export function isCountryCode(code: string): boolean {
  return NAMES.has(code.toUpperCase());
}

// One per Intl tag: ICU's region names in that language ("Schweiz", "Suisse").
const displayNames = new Map<string, Intl.DisplayNames>();
function regionNames(tag: string): Intl.DisplayNames {
  let names = displayNames.get(tag);
  if (!names) {
    names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
    displayNames.set(tag, names);
  }
  return names;
}

/**
 * The country's name in the current language: English is the ISO short name above, German and
 * French are ICU's names for the code. Undefined for a code that is not an assigned ISO one.
 */
export function countryName(code: string): string | undefined {
  const upper = code.toUpperCase();
  const english = NAMES.get(upper);
  if (english === undefined || localeStore.get() === 'en') return english;
  return regionNames(intlLocale()).of(upper) ?? english;
}

/**
 * What a list's search looks in for a country: the name as shown, which holds the code
 * ("Schweiz (CH)"), and the English name in every language, as the country picker does
 * ("Switzerland" finds "Schweiz (CH)").
 */
export function countrySearchTexts(code: string | null | undefined): (string | undefined)[] {
  return code ? [countryLabel(code), englishCountryName(code)] : [];
}

/** "Germany (DE)" in the current language; the code as sent when it is no known country. */
export function countryLabel(code: string | null | undefined): string {
  if (!code) return '';
  const name = countryName(code);
  return name ? `${name} (${code.toUpperCase()})` : code;
}

const localised = new Map<string, readonly Country[]>();

/** Every country named and sorted in the current language, for pickers. */
export function localisedCountries(): readonly Country[] {
  if (localeStore.get() === 'en') return englishCountries();
  const tag = intlLocale();
  let list = localised.get(tag);
  if (!list) {
    const order = new Intl.Collator(tag, { sensitivity: 'base' });
    list = Object.freeze(
      englishCountries()
        .map(({ code }) => Object.freeze({ code, name: countryName(code) ?? code }))
        .sort((a, b) => order.compare(a.name, b.name)),
    );
    localised.set(tag, list);
  }
  return list;
}

const messages = i18n('customer-domain/countries', {
  countryCode: 'Choose a country from the list (ISO 3166-1 alpha-2)',
});

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => NAMES.has(value), { error: () => messages.get().countryCode });
