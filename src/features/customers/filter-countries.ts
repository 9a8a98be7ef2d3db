import { COUNTRIES, type Country } from '@/api/domain/countries';
import { foldText } from '../lists/text-match';

const FOLDED = COUNTRIES.map((country) => ({
  country,
  name: foldText(country.name),
  code: country.code.toLowerCase(),
}));

/**
 * Countries whose name or ISO code matches what was typed: the exact code first ("ch" →
 * Switzerland), then names starting with it, then names containing it, each in name order.
 */
export function filterCountries(query: string): readonly Country[] {
  const q = foldText(query.trim());
  if (q === '') return COUNTRIES;
  const exact: Country[] = [];
  const starts: Country[] = [];
  const contains: Country[] = [];
  for (const { country, name, code } of FOLDED) {
    if (code === q) exact.push(country);
    else if (name.startsWith(q) || name.includes(` ${q}`)) starts.push(country);
    else if (name.includes(q)) contains.push(country);
  }
  return [...exact, ...starts, ...contains];
}
