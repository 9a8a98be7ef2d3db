import { type RefObject, useEffect, useRef } from 'react';
import { firstField, focusLost } from './focus-page';

/**
 * For a button that gives way to an editor in its place and comes back when the editor is done
 * ("Edit members", "Name it"): when the editor opens, focus moves to its first field (or to a
 * `data-autofocus` control: Cancel in a confirmation, so a stray Enter cancels); when it
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
    if (open) {
      const box = editor.current;
      (
        box?.querySelector<HTMLElement>('[data-autofocus]') ??
        firstField(box) ??
        box?.querySelector('button')
      )?.focus();
    } else focusIfLost(opener);
  }, [open, editor, opener]);
}

/**
 * For a control that another takes the place of when some work ends (a look-up's button becoming
 * "Read again"): when `working` turns false and focus was left on the page's body, to `target`.
 * Only when `target` held focus as the work began: a background refresh moves no one's focus.
 */
export function useFocusAfterWork(working: boolean, target: RefObject<HTMLElement | null>) {
  const last = useRef(working);
  const held = useRef(false);
  useEffect(() => {
    if (last.current === working) return;
    last.current = working;
    if (working) held.current = document.activeElement === target.current;
    else if (held.current) {
      held.current = false;
      focusIfLost(target);
    }
  }, [working, target]);
}

function focusIfLost(target: RefObject<HTMLElement | null>) {
  if (focusLost()) target.current?.focus();
}
