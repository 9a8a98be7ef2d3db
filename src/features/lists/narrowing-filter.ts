import { foldText, matchesAll, queryTerms } from './text-match';

/** A row as the filter sees it: its folded search text and what the list shows for it. */
export interface FilterEntry {
  haystack: string;
  item: unknown;
}

/** What one filter looked at and found: a later keystroke may start from it. */
export interface FilterResult<E extends FilterEntry> {
  source: readonly E[];
  /** The query folded and trimmed, as compared with the next one. */
  folded: string;
  found: readonly E[];
  /**
   * `found`'s items, collected in the same pass. Empty for an empty query, whose `found` is
   * `source` itself: the caller has the source's items already.
   */
  items: readonly E['item'][];
  /**
   * The result this one narrowed from, whose query is a prefix of this one's: a backspace goes
   * back to it. The chain is no longer than the query, and all of it goes with the list.
   */
  from: FilterResult<E> | null;
}

/**
 * The entries of `source` whose haystack holds every word of `query`, in their order. It starts
 * from the closest earlier result along the typing (`previous` and what it narrowed from) whose
 * query is a prefix of this one: every row the longer query matches is in that result. So a
 * growing query ("ho" → "hol", "ho" → "ho ag") looks at the previous result only, and a
 * backspace back to a query typed before gets that result again (the same arrays). A changed
 * query, or a new source (new data, another order), starts over from `source`. An empty query
 * gives `source` itself, so the list keeps its identity.
 */
export function narrowingFilter<E extends FilterEntry>(
  source: readonly E[],
  query: string,
  previous: FilterResult<E> | null,
): FilterResult<E> {
  const folded = foldText(query).trim();
  if (folded === '') return { source, folded, found: source, items: [], from: null };
  let from = previous?.source === source ? previous : null;
  while (from && !folded.startsWith(from.folded)) from = from.from;
  if (from?.folded === folded) return from;
  const terms = queryTerms(folded);
  const found: E[] = [];
  const items: E['item'][] = [];
  const pool = from ? from.found : source;
  // Indexed, not for…of: an iterator result per row is garbage, and a collection mid-keystroke
  // is a slow frame.
  for (let i = 0; i < pool.length; i++) {
    const entry = pool[i] as E;
    if (!matchesAll(entry.haystack, terms)) continue;
    found.push(entry);
    items.push(entry.item);
  }
  return { source, folded, found, items, from };
}
