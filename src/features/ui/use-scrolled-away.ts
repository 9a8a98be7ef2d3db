import { type RefObject, useEffect, useState } from 'react';

/**
 * Whether `element` is wholly outside the window right now (scrolled past, above or below); not
 * while it has no box (hidden).
 * False until the browser has said otherwise, and where there is no IntersectionObserver.
 */
export function useScrolledAway(element: RefObject<HTMLElement | null>): boolean {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      // No box at all is not scrolled away: React hides a page's tree (display: none) while the
      // next page loads, and the pill showed for a moment at every window size.
      const { width, height } = entry.boundingClientRect;
      setAway(!entry.isIntersecting && (width > 0 || height > 0));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return away;
}
