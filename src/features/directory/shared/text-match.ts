import { foldText } from '../../customers/customer-search-index';

export { foldText };

/** The query's words, folded (case and accents ignored); every one must occur. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

export function matchesAll(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

/** Sorts names the way people read them (ä next to a, "user 10" after "user 9"). */
export const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
