import { type RefObject, useEffect, useRef } from 'react';

/**
 * For a button that gives way to an editor in its place and comes back when the editor is done
 * ("Edit members", "Name it"): when the editor opens, focus moves to its first field; when it
 * closes and focus was left on the page's body (the element holding it went), back to the button.
 * Only on a change: an editor open from the start (a restored draft) leaves focus alone.
 */
export function useSwapFocus(
  open: boolean,
  editor: RefObject<HTMLElement | null>,
  opener: RefObject<HTMLElement | null>,
) {
  const last = useRef(open);
  useEffect(() => {
    if (last.current === open) return;
    last.current = open;
    const active = document.activeElement;
    if (open) {
      const box = editor.current;
      (box?.querySelector<HTMLElement>('input, select, textarea') ?? box?.querySelector('button'))?.focus();
    } else if (active === null || active === document.body) opener.current?.focus();
  }, [open, editor, opener]);
}
