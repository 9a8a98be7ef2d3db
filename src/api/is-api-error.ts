import type { ApiError } from './api-error';

/**
 * Checked by name rather than `instanceof`, so the first load (the query client's retry rules)
 * need not carry the ApiError class and the error catalogue, which arrive with the first call.
 */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && error.name === 'ApiError';
}
