import type { ReadableAtom } from 'nanostores';
import { useSyncExternalStore } from 'react';
import { localeStore } from './locale-store';
import type { Locale } from './locales';

// One subscribe function per store, so React does not resubscribe on every render.
const subscribers = new WeakMap<ReadableAtom<unknown>, (onChange: () => void) => () => void>();
function subscriberOf(store: ReadableAtom<unknown>) {
  let subscribe = subscribers.get(store);
  if (!subscribe) {
    subscribe = (onChange) => store.listen(onChange);
    subscribers.set(store, subscribe);
  }
  return subscribe;
}

/** A namespace's messages in the current language; the component re-renders when it changes. */
export function useMessages<T>(messages: ReadableAtom<T>): T {
  return useSyncExternalStore(subscriberOf(messages), messages.get, messages.get);
}

/** The current language, for a component that formats dates, numbers or money but shows no message. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscriberOf(localeStore), localeStore.get, localeStore.get);
}
