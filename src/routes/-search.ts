/**
 * Search-param validation for route files.
 *
 * Route configs are part of the first load, and zod there costs about 18 KiB gzip (its core is
 * shared with the lazy chunks, so it cannot be tree-shaken) against a 110 KiB budget. Search
 * params need only text and one-of values with a fallback, so they are validated here in a few
 * lines; every body, form and response schema stays zod, in lazy chunks. A bad value falls back
 * to its default instead of failing the page: a URL is user input, possibly old or hand-edited.
 */
import {
  parseSearchWith,
  type SearchSchemaInput,
  stringifySearchWith,
  stripSearchParams,
} from '@tanstack/react-router';
import { isInAppPath } from '@/features/connect/in-app-path';

export interface SearchField<T> {
  parse(raw: unknown): T;
  /** The value a missing key parses to: left out of the URL (`searchRoute`). */
  fallback?: T;
}

const field = <T>(parse: (raw: unknown) => T, fallback?: T): SearchField<T> => ({ parse, fallback });

/**
 * Search values are text, written into the URL as typed: `?q=1000`, not the router's default
 * `?q=%221000%22` (it JSON-quotes any text that would read back as a number or boolean). Only a
 * quoted text or an object (`?params={…}`) is JSON: links from before read the same, and a
 * search for `"x"` or `{x}` survives (the router quotes a text this would read otherwise).
 */
function readJson(value: string): unknown {
  const quoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"');
  if (quoted || value.startsWith('{')) {
    const read: unknown = JSON.parse(value);
    if (quoted ? typeof read === 'string' : read !== null && typeof read === 'object') return read;
  }
  throw new SyntaxError('Not a quoted text or an object');
}
export const parseSearch = parseSearchWith(readJson);
export const stringifySearch = stringifySearchWith(JSON.stringify, readJson);

// The router still reads `?product=500001` as a number and `?q=true` as a boolean: text all the same.
const asText = (raw: unknown) =>
  typeof raw === 'string'
    ? raw
    : typeof raw === 'number' || typeof raw === 'boolean'
      ? String(raw)
      : undefined;

export const optionalText = () => field(asText);

export const textWithDefault = (fallback: string) => field((raw) => asText(raw) ?? fallback, fallback);

export const optionalEnum = <const T extends readonly string[]>(values: T) =>
  field((raw): T[number] | undefined => (values.includes(raw as string) ? (raw as T[number]) : undefined));

export const enumWithDefault = <const T extends readonly string[]>(values: T, fallback: T[number]) =>
  field((raw): T[number] => (values.includes(raw as string) ? (raw as T[number]) : fallback), fallback);

/** Named texts (`?params={"pid":"500001"}`); anything that is not text is dropped. */
export const optionalTextRecord = () =>
  field((raw): Record<string, string> | undefined => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
    const entries = Object.entries(raw).flatMap(([name, value]) => {
      const text = asText(value);
      return text === undefined ? [] : [[name, text] as const];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  });

/** An in-app path only (`/x`, not `//host`, `/\host` or `https://…`): anything else would be an open redirect. */
export const inAppPath = () => field((raw) => (isInAppPath(raw) ? raw : undefined));

type Parsed<S extends Record<string, SearchField<unknown>>> = { [K in keyof S]: ReturnType<S[K]['parse']> };

/** `validateSearch`: every key is optional in links, and always valid once parsed. Unknown keys are dropped. */
function searchParams<S extends Record<string, SearchField<unknown>>>(fields: S) {
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
 * A route's search block, the one way a route declares its search: `validateSearch`, and a value
 * at its field's fallback left out of the URL (`/tools/ssh`, not `/tools/ssh?host=`). Spread into
 * `createFileRoute({...})`.
 */
export function searchRoute<S extends Record<string, SearchField<unknown>>>(fields: S) {
  const validateSearch = searchParams(fields);
  const defaults: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(fields)) if (f.fallback !== undefined) defaults[name] = f.fallback;
  if (Object.keys(defaults).length === 0) return { validateSearch };
  return {
    validateSearch,
    search: { middlewares: [stripSearchParams<Parsed<S>>(defaults as Partial<Parsed<S>>)] },
  };
}

const remountOnParams = ({ params }: { params: unknown }) => params;

/**
 * What every list route shares: `q`, `sort` and `dir` (`/zones`, `/zones?q=shop`), and a fresh
 * page for other path params. Another customer's groups or another product's zones are another
 * list: nothing stays ticked ("Support" of one customer was still ticked under the next).
 */
export function listSearchRoute<const K extends readonly string[]>(
  sortKeys: K,
  defaults: { q: string; sort: K[number]; dir: 'asc' | 'desc' },
) {
  return {
    ...searchRoute({
      q: textWithDefault(defaults.q),
      sort: enumWithDefault(sortKeys, defaults.sort),
      dir: enumWithDefault(['asc', 'desc'], defaults.dir),
    }),
    // Typed loosely: a typed function here would take over the inference of the route's params.
    remountDeps: remountOnParams as never,
  };
}
