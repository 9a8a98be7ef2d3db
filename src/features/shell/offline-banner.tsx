import { useSyncExternalStore } from 'react';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('shell/offline-banner', {
  offline: 'You are offline.',
  text: 'Nothing is sent while offline and nothing is sent later on its own; what you typed stays here. Try again once you are back online.',
});

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const isOnline = () => navigator.onLine;

/** The browser's own view: `navigator.onLine` and its `online`/`offline` events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}

/**
 * Offline is a visible state: while it lasts the client refuses every call at once (nothing waits
 * to go out later), and this says so above every page.
 */
export function OfflineBanner() {
  const t = useMessages(messages);
  const online = useOnline();
  return (
    <div role="status">
      {!online && (
        <p className="border-b border-amber-400 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100">
          <strong className="font-semibold">{t.offline}</strong> {t.text}
        </p>
      )}
    </div>
  );
}
