import { z } from 'zod/mini';

/**
 * Search-param building blocks for route files. Route files are part of the first load, so they
 * use zod/mini; a bad value falls back to its default instead of failing the page, since a URL
 * is user input that may be old, shared or hand-edited.
 */
export const optionalText = () => z.catch(z.optional(z.string()), undefined);

export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(z.optional(z.enum(values)), undefined);

export const enumWithDefault = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.catch(z._default(z.enum(values), fallback), fallback);

/** An in-app path only (`/x`, not `//host` or `https://…`): anything else would be an open redirect. */
export const inAppPath = () => z.catch(z.optional(z.string().check(z.regex(/^\/(?!\/)/))), undefined);

export { z };
