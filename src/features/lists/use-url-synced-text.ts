import { useEffect, useRef, useState } from 'react';

/**
 * Text that lives in the URL (a search box): typing updates the local value at once, so the list
 * filters on the same frame, and the URL follows after a pause, replacing the history entry.
 * When the URL changes by itself (back button, a shared link), the text follows it.
 */
export function useUrlSyncedText(urlValue: string, commit: (value: string) => void, delayMs = 300) {
  const [value, setValue] = useState(urlValue);
  const lastCommitted = useRef(urlValue);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  useEffect(() => {
    if (urlValue !== lastCommitted.current) {
      lastCommitted.current = urlValue;
      setValue(urlValue);
    }
  }, [urlValue]);

  useEffect(() => {
    if (value === lastCommitted.current) return;
    const timer = setTimeout(() => {
      lastCommitted.current = value;
      commitRef.current(value);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);

  return [value, setValue] as const;
}
