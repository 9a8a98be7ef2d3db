/**
 * Search-param validation for route files.
 *
 * Route configs are part of the first load, and zod there costs about 18 KiB gzip (its core is
 * shared with the lazy chunks, so it cannot be tree-shaken) against a 110 KiB budget. Search
 * params need only text and one-of values with a fallback, so they are validated here in a few
 * lines; every body, form and response schema stays zod, in lazy chunks. A bad value falls back
 * to its default instead of failing the page: a URL is user input, possibly old or hand-edited.
 */
import { type SearchSchemaInput, stripSearchParams } from '@tanstack/react-router';
import { isInAppPath } from '../features/connect/in-app-path';

export interface SearchField<T> {
  parse(raw: unknown): T;
}

const field = <T>(parse: (raw: unknown) => T): SearchField<T> => ({ parse });

// The router reads `?product=500001` as a number: an id in the URL is text all the same.
export const optionalText = () =>
  field((raw) => (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : undefined));

export const textWithDefault = (fallback: string) =>
  field((raw) => (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : fallback));

export const optionalEnum = <const T extends readonly string[]>(values: T) =>
  field((raw): T[number] | undefined => (values.includes(raw as string) ? (raw as T[number]) : undefined));

export const enumWithDefault = <const T extends readonly string[]>(values: T, fallback: T[number]) =>
  field((raw): T[number] => (values.includes(raw as string) ? (raw as T[number]) : fallback));

/** An in-app path only (`/x`, not `//host`, `/\host` or `https://…`): anything else would be an open redirect. */
export const inAppPath = () => field((raw) => (isInAppPath(raw) ? raw : undefined));

type Parsed<S extends Record<string, SearchField<unknown>>> = { [K in keyof S]: ReturnType<S[K]['parse']> };

/**
 * `validateSearch` for a route: every key is optional in links, and always valid once parsed.
 * Unknown keys are dropped.
 */
export function searchParams<S extends Record<string, SearchField<unknown>>>(fields: S) {
  // SearchSchemaInput tells the router that links may leave out any key.
  return (input: Partial<Parsed<S>> & SearchSchemaInput): Parsed<S> => {
    const raw = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [name, f] of Object.entries(fields)) {
      const value = f.parse(raw[name]);
      if (value !== undefined) out[name] = value;
    }
    return out as Parsed<S>;
  };
}

/**
 * The search block every list route shares: `q`, `sort` and `dir` in the URL, defaults left out
 * of it (`/zones`, `/zones?q=shop`). Spread into `createFileRoute({...})`.
 */
export function listSearchRoute<const K extends readonly string[]>(
  sortKeys: K,
  defaults: { q: string; sort: K[number]; dir: 'asc' | 'desc' },
) {
  const validateSearch = searchParams({
    q: textWithDefault(defaults.q),
    sort: enumWithDefault(sortKeys, defaults.sort),
    dir: enumWithDefault(['asc', 'desc'], defaults.dir),
  });
  return {
    validateSearch,
    search: { middlewares: [stripSearchParams<ReturnType<typeof validateSearch>>(defaults)] },
  };
}
