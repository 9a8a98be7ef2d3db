import { useEffect, useRef } from 'react';
import { LIST_SEARCH_SELECTOR } from '@/features/ui/search-box';

/** Input types that take no typed text: `/` on them is not typing. */
const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether keys typed here are text for the field (so `/` must stay a slash). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** Apple keyboards use ⌘ where others use Ctrl. */
export function isApplePlatform(): boolean {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  return /mac|iphone|ipad|ipod/i.test(nav?.userAgentData?.platform ?? nav?.platform ?? '');
}

/**
 * The palette's keys, anywhere in the shell: Ctrl+K / ⌘K opens it (or closes it again), `/`
 * outside a text field focuses the page's list search box. Tiny on purpose: it is in the shell,
 * the palette itself is loaded on first open.
 */
export function usePaletteShortcuts(onToggle: () => void): void {
  const toggle = useRef(onToggle);
  toggle.current = onToggle;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        toggle.current();
        return;
      }
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target))
        return;
      const search = document.querySelector<HTMLInputElement>(LIST_SEARCH_SELECTOR);
      if (!search) return;
      // Before the focus moves, or the slash would be typed into the search box.
      event.preventDefault();
      search.focus();
      search.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
