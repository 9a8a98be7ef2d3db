import { type RefObject, useEffect, useState } from 'react';

/**
 * Whether `element` is wholly outside the window right now (scrolled past, above or below).
 * False until the browser has said otherwise, and where there is no IntersectionObserver.
 */
export function useScrolledAway(element: RefObject<HTMLElement | null>): boolean {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setAway(!entry.isIntersecting);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return away;
}
