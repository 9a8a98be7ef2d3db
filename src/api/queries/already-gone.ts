import { isApiError } from '../is-api-error';

/** What a DELETE resolves to when the thing was gone already. */
export const ALREADY_GONE = Object.freeze({ alreadyGone: true as const });

export function isAlreadyGone(result: unknown): result is typeof ALREADY_GONE {
  return result === ALREADY_GONE;
}

/**
 * A DELETE answered 404 reached what the user wanted (someone else deleted it, or a retry after a
 * lost answer): it resolves instead of failing, so the mutation's onSuccess drops it from the
 * caches and lists, and the page can say "already deleted" rather than "not deleted".
 */
export function goneCountsAsDeleted<T>(remove: () => Promise<T>): () => Promise<T | typeof ALREADY_GONE> {
  return async () => {
    try {
      return await remove();
    } catch (error) {
      if (isApiError(error) && error.kind === 'http' && error.status === 404) return ALREADY_GONE;
      throw error;
    }
  };
}
