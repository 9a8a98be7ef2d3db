import { type MouseEvent, type RefObject, useLayoutEffect, useRef } from 'react';
import { focusByScript, focusLost } from './focus-page';

const MARK = 'data-removes-row';

/**
 * For a list whose rows each have a button that removes its row ("Remove", "Forget"): once the
 * row is gone, the keyboard's place moves to the button that took its place (the next row's, or
 * the new last row's), or to `whenEmpty` when no row is left, instead of falling to the page.
 * Spread `removes(run)` on each such button (a button outside the list, "Forget all", goes to
 * `whenEmpty`); `list` holds the rows. Call it in the component that renders the rows.
 */
export function useRowRemovalFocus(
  list: RefObject<HTMLElement | null>,
  whenEmpty: RefObject<HTMLElement | null>,
) {
  const removed = useRef<{ button: HTMLElement; index: number } | null>(null);
  const buttons = () => [...(list.current?.querySelectorAll<HTMLElement>(`[${MARK}]`) ?? [])];

  useLayoutEffect(() => {
    const last = removed.current;
    // Until the row is gone (a render in between leaves it).
    if (!last || last.button.isConnected) return;
    removed.current = null;
    if (!focusLost()) return;
    const left = buttons();
    const next = last.index < 0 ? undefined : left[Math.min(last.index, left.length - 1)];
    if (next) next.focus();
    else focusByScript(whenEmpty.current);
  });

  return (run: () => void) => ({
    [MARK]: '',
    onClick: (event: MouseEvent<HTMLElement>) => {
      const button = event.currentTarget;
      removed.current = { button, index: buttons().indexOf(button) };
      run();
    },
  });
}
