/**
 * Header names and the limit the docs give, written once: the client reads them, the simulated
 * API, the sandbox's CORS, the OpenAPI document and the e2e stub API send or describe them.
 */

/** The documented rate-limit headers. */
export const RATE_LIMIT_HEADER = {
  limit: 'RateLimit-Limit',
  remaining: 'RateLimit-Remaining',
  reset: 'RateLimit-Reset',
} as const;

/** Documented: requests an hour per project, refilled one a second. */
export const DOCUMENTED_RATE_LIMIT = 3600;

/** Where the key travels: the current docs' header and the older docs'. */
export const KEY_HEADER = { current: 'Authorization', legacy: '4b42-KEY' } as const;

/** CORS: what a browser on another origin sends with a call (the key) … */
export const CORS_REQUEST_HEADERS = [KEY_HEADER.current, KEY_HEADER.legacy, 'Content-Type', 'Accept'].join(
  ', ',
);
/** … and the answer's headers it must be able to read for the rate-limit meter and the 429 wait. */
export const CORS_RATE_LIMIT_HEADERS = [...Object.values(RATE_LIMIT_HEADER), 'Retry-After'].join(', ');
