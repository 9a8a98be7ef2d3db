import { describe, expect, it } from 'vitest';
import { type FilterResult, narrowingFilter } from './narrowing-filter';
import { haystackOf } from './text-match';

interface Entry {
  item: string;
  haystack: string;
}
const entry = (item: string, ...fields: string[]): Entry => ({ item, haystack: haystackOf(fields) });
const source: Entry[] = [
  entry('1', 'Zürich Holding AG', 'zh-01'),
  entry('2', 'Bern GmbH', 'be-02'),
  entry('3', 'Zug Treuhand', 'zg-03'),
  entry('4', 'Holzbau Zürich', 'zh-04'),
  entry('5', 'Basel Informatik SA', 'bs-05'),
];
type Result = FilterResult<Entry>;
const ids = (result: Result) => {
  // The items come with the entries, in the same order (an empty query leaves them to the caller).
  if (result.found !== source) expect(result.items).toEqual(result.found.map((e) => e.item));
  return result.found.map((e) => e.item);
};

describe('the narrowing filter', () => {
  it('looks only at the previous result when the query grows', () => {
    const first = narrowingFilter(source, 'ho', null);
    expect(ids(first)).toEqual(['1', '4']);
    // A previous result that left out a row the longer query would match: had the filter looked at
    // the whole list again, row 3 ("treuhand") would come back.
    const narrowed = { ...first, found: [source[0] as Entry] };
    expect(ids(narrowingFilter(source, 'hol', narrowed))).toEqual(['1']);
    expect(ids(narrowingFilter(source, 'ho zur', narrowed))).toEqual(['1']);
  });

  it('starts over from the whole list when the query changes, or shrinks to one not typed before', () => {
    const previous = narrowingFilter(source, 'holding', null);
    expect(ids(previous)).toEqual(['1']);
    expect(ids(narrowingFilter(source, 'hol', previous))).toEqual(['1', '4']);
    expect(ids(narrowingFilter(source, 'zug', previous))).toEqual(['3']);
  });

  it('gives back the earlier result on a backspace, and narrows from the closest one typed before', () => {
    const z = narrowingFilter(source, 'z', null);
    const zu = narrowingFilter(source, 'zu', z);
    const zur = narrowingFilter(source, 'zur', zu);
    expect(ids(zur)).toEqual(['1', '4']);
    // The same arrays: nothing is filtered again, and the list sees no change of identity.
    expect(narrowingFilter(source, 'zu', zur)).toBe(zu);
    expect(narrowingFilter(source, 'Z ', zur)).toBe(z);
    // "zug" grows from "zu", not from "zur": a narrowed "zu" shows it looked there.
    const narrowedZu = { ...zu, found: zu.found.filter((e) => e.item !== '3'), items: [] };
    const zurFromNarrowed = { ...zur, from: narrowedZu };
    expect(ids(narrowingFilter(source, 'zug', zurFromNarrowed))).toEqual([]);
  });

  it('starts over when the list itself changed (new data or another order)', () => {
    const previous = narrowingFilter(source, 'z', null);
    const reordered = [...source].reverse();
    expect(ids(narrowingFilter(reordered, 'zu', previous))).toEqual(['4', '3', '1']);
  });

  it('gives the list itself for an empty or blank query', () => {
    expect(narrowingFilter(source, '', null).found).toBe(source);
    expect(narrowingFilter(source, '   ', narrowingFilter(source, 'zug', null)).found).toBe(source);
  });

  it('finds exactly what a fresh filter finds, keystroke by keystroke', () => {
    const typed = [
      'z',
      'zu',
      'zur',
      'zuri',
      'zur',
      'zu',
      'zu ',
      'zu h',
      'zu ho',
      'zu hol',
      'z',
      '',
      'AG',
      'a',
      'ä',
    ];
    let previous: Result | null = null;
    for (const query of typed) {
      const narrowed: Result = narrowingFilter(source, query, previous);
      expect(ids(narrowed), query).toEqual(ids(narrowingFilter(source, query, null)));
      previous = narrowed;
    }
  });

  it('ignores case and accents when it decides the query grew', () => {
    const previous = narrowingFilter(source, 'ZU', null);
    expect(ids(previous)).toEqual(['1', '3', '4']);
    expect(ids(narrowingFilter(source, 'zür', previous))).toEqual(['1', '4']);
  });
});
