import { type RefObject, useEffect, useSyncExternalStore } from 'react';
import { createExternalStore } from '@/api/external-store';

/**
 * The height in px of what stays at the top of the window: the shell's header where it is sticky,
 * else 0. Whatever else follows the top of the window (a long table's header row, a scroll that
 * brings a list's top into view) sits below it. CSS reads it as `--sticky-top`.
 */
const stickyTopStore = createExternalStore(0);

export function useStickyTop(): number {
  return useSyncExternalStore(stickyTopStore.subscribe, stickyTopStore.get, () => 0);
}

export const stickyTop = (): number => stickyTopStore.get();

/**
 * Publishes `element`'s height while it is sticky; measured again when it or the window changes
 * size (whether it sticks depends on the window's width and height: `roomy:` in styles.css).
 */
export function usePublishStickyTop(element: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const height = getComputedStyle(target).position === 'sticky' ? target.offsetHeight : 0;
      stickyTopStore.set(height);
      document.documentElement.style.setProperty('--sticky-top', `${height}px`);
    };
    measure();
    // Its size changes with the language and the width; crossing the size that makes it sticky may
    // not change its size, so a window resize measures too.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(target);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      stickyTopStore.set(0);
      document.documentElement.style.removeProperty('--sticky-top');
    };
  }, [element]);
}
