import { foldText, matchesAll, queryTerms } from './text-match';

/** What the last filter looked at and found: the next keystroke may start from `found`. */
export interface FilterResult<E> {
  source: readonly E[];
  /** The query folded and trimmed, as compared with the next one. */
  folded: string;
  found: readonly E[];
}

/**
 * The entries of `source` whose haystack holds every word of `query`, in their order. When the
 * query only grows from the previous one on the same source ("ho" → "hol", "ho" → "ho ag"), every
 * row it can match is already in the previous result, so only that is looked at; a shrinking or
 * changed query, or a new source (new data, another order), starts over from `source`. An empty
 * query returns `source` itself, so the list keeps its identity.
 */
export function narrowingFilter<E extends { haystack: string }>(
  source: readonly E[],
  query: string,
  previous: FilterResult<E> | null,
): FilterResult<E> {
  const folded = foldText(query).trim();
  if (folded === '') return { source, folded, found: source };
  if (previous && previous.source === source && previous.folded === folded) return previous;
  const pool =
    previous && previous.source === source && folded.startsWith(previous.folded) ? previous.found : source;
  const terms = queryTerms(folded);
  const found: E[] = [];
  for (const entry of pool) if (matchesAll(entry.haystack, terms)) found.push(entry);
  return { source, folded, found };
}
