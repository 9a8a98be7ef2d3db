import { type Country, englishCountryName, localisedCountries } from '@/api/domain/countries';
import { foldText } from '@/features/lists/text-match';

// The English name is searched in every language too: "Switzerland" finds "Schweiz".
const folded = new Map<readonly Country[], { country: Country; names: string[]; code: string }[]>();
function foldedOf(list: readonly Country[]) {
  let entries = folded.get(list);
  if (!entries) {
    entries = list.map((country) => ({
      country,
      names: [...new Set([foldText(country.name), foldText(englishName(country.code))])],
      code: country.code.toLowerCase(),
    }));
    folded.set(list, entries);
  }
  return entries;
}
const englishName = (code: string) => englishCountryName(code) ?? code;

/**
 * Countries whose name or ISO code matches what was typed: the exact code first ("ch" →
 * Switzerland), then names starting with it, then names containing it, each in name order.
 */
export function filterCountries(query: string): readonly Country[] {
  const list = localisedCountries();
  const q = foldText(query.trim());
  if (q === '') return list;
  const exact: Country[] = [];
  const starts: Country[] = [];
  const contains: Country[] = [];
  for (const { country, names, code } of foldedOf(list)) {
    if (code === q) exact.push(country);
    else if (names.some((name) => name.startsWith(q) || name.includes(` ${q}`))) starts.push(country);
    else if (names.some((name) => name.includes(q))) contains.push(country);
  }
  return [...exact, ...starts, ...contains];
}
