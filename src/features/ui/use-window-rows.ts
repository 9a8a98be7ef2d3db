import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { stickyTop } from './sticky-top';

/**
 * A long list virtualised against the page's own scrollbar (one scroller, not a box inside a
 * scrolling page). `anchor` is where the first row starts; its distance from the top of the
 * document is measured after each render, so content above the list may change height.
 * A new search or sort (`resetScrollKey`) brings the list's top back into view, below the shell's
 * sticky header, if it had been scrolled past; otherwise the page stays where it is.
 */
export function useWindowRows<T>({
  rows,
  size,
  anchor,
  top = anchor,
  resetScrollKey,
}: {
  rows: readonly T[];
  /** Every row's height in px: positions are computed, never measured. */
  size: number;
  anchor: RefObject<HTMLElement | null>;
  /** The list's top (e.g. above its header) for `resetScrollKey`; default the anchor. */
  top?: RefObject<HTMLElement | null>;
  resetScrollKey: string;
}) {
  const [offsetTop, setOffsetTop] = useState(0);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => size,
    // Two rows (88 px) past each edge, more than a wheel notch moves in a frame: a jump of a
    // screen or more draws every row anew. Eight rows made the users scroll step's p95 34 ms
    // against 26 with three; three against two, 17.6 / 15.8 ms against 16.2 / 14.5 (same-machine A/B).
    overscan: 2,
    scrollMargin: offsetTop,
  });

  // One rect read after React has written the DOM: the browser lays out for the paint anyway.
  useLayoutEffect(() => {
    const element = anchor.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    if (top !== offsetTop) setOffsetTop(top);
  });

  const lastKey = useRef(resetScrollKey);
  useEffect(() => {
    if (lastKey.current === resetScrollKey) return;
    lastKey.current = resetScrollKey;
    const element = top.current;
    if (!element) return;
    const above = element.getBoundingClientRect().top - stickyTop();
    if (above < 0) window.scrollTo({ top: above + window.scrollY });
  }, [resetScrollKey, top]);

  const virtualItems = virtualizer.getVirtualItems();
  const keys = useRowKeys(
    virtualItems.map((item) => item.index),
    anchor,
  );
  const first = virtualItems[0];
  const last = virtualItems[virtualItems.length - 1];
  return {
    items: virtualItems.map((item, n) => ({ index: item.index, key: keys[n] as number })),
    offsetTop,
    spaceAbove: first ? first.start - offsetTop : 0,
    spaceBelow: last ? virtualizer.getTotalSize() - (last.end - offsetTop) : 0,
  };
}

/**
 * Row keys, by position rather than by record, so a row given another record refills its
 * elements instead of building new ones (cells hold no state: `TableColumn.cell`).
 * - An index keeps its key while it stays in the window: a row in view is never moved, so it
 *   keeps its focus, and rows entering the window get keys no drawn row had.
 * - A window sharing no index with the last one (a new search, a jump of a screen or more) takes
 *   over the last one's keys in order, so every row is refilled in place. Not while focus is in
 *   the rows: the focused element would then show another record.
 * Same-machine A/B in `npm run bench`: customer search p95 36 → 31 ms (keys by position).
 */
function useRowKeys(indexes: readonly number[], rows: RefObject<HTMLElement | null>): readonly number[] {
  // Index → key as last drawn; written after a commit, so a render React discards changes nothing.
  const drawn = useRef<ReadonlyMap<number, number>>(new Map());
  const focusInRows = typeof document !== 'undefined' && !!rows.current?.contains(document.activeElement);
  const keys = assignRowKeys(drawn.current, indexes, !focusInRows);
  useLayoutEffect(() => {
    drawn.current = new Map(indexes.map((index, n) => [index, keys[n] as number]));
  });
  return keys;
}

/** `useRowKeys`' rule, for the indexes of a window in order; `previous` maps index → key. */
function assignRowKeys(
  previous: ReadonlyMap<number, number>,
  indexes: readonly number[],
  refill: boolean,
): number[] {
  const takeOver = refill && !indexes.some((index) => previous.has(index)) ? [...previous.values()] : [];
  const used = new Set(previous.values());
  let fresh = 0;
  const freshKey = () => {
    while (used.has(fresh)) fresh++;
    used.add(fresh);
    return fresh;
  };
  return indexes.map((index, n) => previous.get(index) ?? takeOver[n] ?? freshKey());
}
