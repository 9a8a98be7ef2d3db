import type { ReadableAtom } from 'nanostores';

/**
 * A namespace's plain messages as an object whose every property reads the current language at
 * the time of use: `IDENTIFIER_MESSAGES.userId` keeps working for its callers and follows a
 * language switch, where a constant would keep the English read at module load.
 */
export function liveMessages<T extends Record<string, unknown>>(store: ReadableAtom<T>): Readonly<T> {
  const live = {} as T;
  for (const key of Object.keys(store.get()))
    Object.defineProperty(live, key, { get: () => store.get()[key], enumerable: true });
  return Object.freeze(live);
}
