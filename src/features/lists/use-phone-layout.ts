import { useSyncExternalStore } from 'react';

/** Below Tailwind's `sm` (40rem): lists show cards instead of a table. */
export const PHONE_QUERY = '(max-width: 39.99rem)';

// One MediaQueryList, not one per render: React reads the snapshot on every render of every
// list, and creating the list cost ~1 ms per keystroke on a 10 000-row search. Keyed by the
// matchMedia function, so a test that stubs it gets its own.
let cached: { source: typeof window.matchMedia; list: MediaQueryList } | undefined;
const media = () => {
  const source = typeof window === 'undefined' ? undefined : window.matchMedia;
  if (!source) return undefined;
  if (cached?.source !== source) cached = { source, list: source.call(window, PHONE_QUERY) };
  return cached.list;
};

function subscribe(onChange: () => void): () => void {
  const query = media();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the window is phone-sized now; follows rotation and resizing. No matchMedia (jsdom): no. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
