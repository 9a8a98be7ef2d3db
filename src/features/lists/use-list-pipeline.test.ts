import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compareNames } from './text-match';
import { ordinal, runListPipeline, useListPipeline } from './use-list-pipeline';

interface Row {
  id: string;
  name: string;
}
const rows: Row[] = [
  { id: '3', name: 'Zürich shop' },
  { id: '1', name: 'alpha.ch' },
  { id: '2', name: 'beta shop' },
];
const columns = {
  name: { value: (r: Row) => r.name, compare: compareNames },
  id: { value: (r: Row) => r.id, compare: ordinal },
};
const base = { items: rows, index: { searchable: (r: Row) => [r.name, r.id], columns }, locale: 'en' };

describe('the list pipeline', () => {
  it('sorts by the chosen column and direction', () => {
    const names = (dir: 'asc' | 'desc') =>
      runListPipeline({ ...base, sort: 'name', dir, query: '' }).map((r) => r.name);
    expect(names('asc')).toEqual(['alpha.ch', 'beta shop', 'Zürich shop']);
    expect(names('desc')).toEqual(['Zürich shop', 'beta shop', 'alpha.ch']);
  });

  it('finds rows holding every word, ignoring case and accents', () => {
    const found = runListPipeline({ ...base, sort: 'id', dir: 'asc', query: 'SHOP zur' });
    expect(found.map((r) => r.id)).toEqual(['3']);
  });

  it('narrows from the previous result as the query grows, and widens again when it shrinks', () => {
    const { result, rerender } = renderHook(
      (query: string) => useListPipeline({ ...base, sort: 'id', dir: 'asc', query }),
      {
        initialProps: 's',
      },
    );
    expect(result.current.map((r) => r.id)).toEqual(['2', '3']);
    rerender('shop b');
    expect(result.current.map((r) => r.id)).toEqual(['2']);
    rerender('sh');
    expect(result.current.map((r) => r.id)).toEqual(['2', '3']);
    rerender('');
    expect(result.current).toHaveLength(3);
  });

  it('shows the same sorted list again when the search is emptied, so the table need not redraw', () => {
    const { result, rerender } = renderHook(
      (query: string) => useListPipeline({ ...base, sort: 'name', dir: 'asc', query }),
      { initialProps: '' },
    );
    const all = result.current;
    rerender('shop');
    expect(result.current.map((r) => r.id)).toEqual(['2', '3']);
    rerender('');
    expect(result.current).toBe(all);
  });

  it('folds and sorts a list once per data and language, so a list shown again starts from them', () => {
    let folded = 0;
    const index = {
      searchable: (r: Row) => {
        folded += 1;
        return [r.name, r.id];
      },
      columns,
    };
    const show = (locale: string) =>
      renderHook(() => useListPipeline({ index, items: rows, sort: 'name', dir: 'asc', query: '', locale }));
    const first = show('en');
    const shown = first.result.current;
    first.unmount();
    // Back from one of its rows: the same rows in the same order, nothing folded again.
    expect(show('en').result.current).toBe(shown);
    expect(folded).toBe(rows.length);
    // Another language may name things differently (countries): folded again.
    show('de');
    expect(folded).toBe(rows.length * 2);
  });
});
