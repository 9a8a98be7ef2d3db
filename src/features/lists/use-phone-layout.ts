import { useSyncExternalStore } from 'react';

/** Below Tailwind's `sm` (40rem): lists show cards instead of a table. */
export const PHONE_QUERY = '(max-width: 39.99rem)';

const media = () => (typeof window === 'undefined' ? undefined : window.matchMedia?.(PHONE_QUERY));

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
