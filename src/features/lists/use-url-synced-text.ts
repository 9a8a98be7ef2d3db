import { useEffect, useRef, useState } from 'react';

/**
 * Text typed within the pause before a reload: the URL has not caught up, so it waits in the tab's
 * storage for the same address to load again. A browser's reload reads the address before a
 * `beforeunload` handler could change it.
 */
const PENDING_KEY = 'console.pending-text';

function keepPending(value: string) {
  try {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ href: window.location.href, value }));
  } catch {
    // Storage switched off: the text is lost with the page, as without this.
  }
}

function readPending(urlValue: string): string {
  try {
    const raw = sessionStorage.getItem(PENDING_KEY);
    if (raw === null) return urlValue;
    const pending: unknown = JSON.parse(raw);
    if (typeof pending !== 'object' || pending === null) return urlValue;
    const { href, value } = pending as { href?: unknown; value?: unknown };
    return href === window.location.href && typeof value === 'string' ? value : urlValue;
  } catch {
    return urlValue;
  }
}

function dropPending() {
  try {
    sessionStorage.removeItem(PENDING_KEY);
  } catch {
    // Nothing was kept.
  }
}

/**
 * Text that lives in the URL (a search box): typing updates the local value at once, so the list
 * filters on the same frame, and the URL follows after a pause, replacing the history entry.
 * When the URL changes by itself (back button, a shared link), the text follows it. Text typed
 * just before a reload comes back after it; text typed just before focus leaves the box (a click
 * on a result) goes to the URL before the click's navigation.
 */
export function useUrlSyncedText(urlValue: string, commit: (value: string) => void, delayMs = 300) {
  const [value, setValue] = useState(() => readPending(urlValue));
  const lastCommitted = useRef(urlValue);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  // Dropped once mounted, not when read: a render that suspends is thrown away and read again.
  useEffect(dropPending, []);

  useEffect(() => {
    if (urlValue !== lastCommitted.current) {
      lastCommitted.current = urlValue;
      setValue(urlValue);
    }
  }, [urlValue]);

  useEffect(() => {
    if (value === lastCommitted.current) return;
    const commitNow = () => {
      if (value === lastCommitted.current) return;
      lastCommitted.current = value;
      commitRef.current(value);
    };
    const timer = setTimeout(commitNow, delayMs);
    // Focus leaving the box (a click on a result, Tab to it) puts the text in the URL at once: the
    // navigation that click starts must not be replaced by the URL catching up in the middle of it.
    document.addEventListener('focusout', commitNow, true);
    const keep = () => keepPending(value);
    window.addEventListener('beforeunload', keep);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('focusout', commitNow, true);
      window.removeEventListener('beforeunload', keep);
    };
  }, [value, delayMs]);

  return [value, setValue] as const;
}
