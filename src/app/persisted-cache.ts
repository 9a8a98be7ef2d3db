/** Where the query cache is kept for this tab (see query-persistence.ts). Light: main.tsx reads it. */
export const QUERY_CACHE_STORAGE_KEY = '4b42.query-cache';

/** Whether a reload has a saved cache to paint from (then the app waits for it before rendering). */
export function hasPersistedCache(): boolean {
  try {
    return sessionStorage.getItem(QUERY_CACHE_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}
