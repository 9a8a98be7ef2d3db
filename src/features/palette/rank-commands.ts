import { foldText, queryTerms } from '@/features/lists/text-match';

/** What a query is matched against: the label counts most, then the detail line and extra words. */
export interface Rankable {
  label: string;
  detail?: string;
  keywords?: string;
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The letters of `term` in order in `text`, e.g. "cstmr" in "customers". */
function isSubsequence(term: string, text: string): boolean {
  let at = 0;
  for (const ch of term) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** How well one query word fits a text: a whole word, a word's start, inside a word, or its letters in order. */
function termScore(term: string, text: string, textWords: readonly string[], loose: boolean): number {
  if (textWords.includes(term)) return 8;
  if (textWords.some((w) => w.startsWith(term))) return 6;
  if (text.includes(term)) return 3;
  // One or two letters in order match almost anything: only longer words are matched loosely.
  if (loose && term.length >= 3 && isSubsequence(term, text)) return 1;
  return 0;
}

/**
 * The rank of an item for a query (higher is better), or null when some word of the query is in
 * none of its texts. Every word must match; a label that starts with the whole query comes first.
 */
export function rankCommand(item: Rankable, query: string): number | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return 0;
  const label = foldText(item.label);
  const labelWords = words(label);
  const rest = foldText(`${item.detail ?? ''} ${item.keywords ?? ''}`);
  const restWords = words(rest);
  let score = 0;
  for (const term of terms) {
    const inLabel = termScore(term, label, labelWords, true);
    // Detail and keywords help find an item, but a label match outranks them; their letters in
    // order would match nearly any long description, so only the label matches loosely.
    const inRest = termScore(term, rest, restWords, false) / 2;
    const best = Math.max(inLabel, inRest);
    if (best === 0) return null;
    score += best;
  }
  const whole = terms.join(' ');
  if (label === whole) score += 10;
  else if (label.startsWith(whole)) score += 5;
  return score;
}

/** Items that match, best first; equal ranks keep their given order. */
export function rankCommands<T extends Rankable>(items: readonly T[], query: string): T[] {
  const ranked: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const score = rankCommand(item, query);
    if (score !== null) ranked.push({ item, score, index });
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return ranked.map((r) => r.item);
}
