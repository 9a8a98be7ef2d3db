import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Areas of the console; each endpoint belongs to exactly one. English names (the OpenAPI tags). */
export const AREAS = {
  customers: 'Customers',
  directory: 'Users, groups and UPN suffixes',
  dns: 'DNS zones',
  internet: 'Internet resources',
  servers: 'Servers',
  tools: 'Tools',
} as const;
export type Area = keyof typeof AREAS;

/** Which edition of the API documentation describes the endpoint. */
export type Edition = 'current' | 'older';

export type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface EndpointDefinition<
  Id extends string = string,
  Params extends AnyObjectSchema = AnyObjectSchema,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
> {
  readonly id: Id;
  readonly area: Area;
  readonly method: HttpMethod;
  /** The path exactly as documented, misspellings included. */
  readonly path: string;
  /** The documented one-line summary. */
  readonly summary: string;
  readonly edition: Edition;
  readonly params: Params;
  readonly body: Body;
  readonly response: Response;
  /** How the body arrives: JSON, or a PDF document. */
  readonly responseKind: 'json' | 'pdf';
  /** Places an order (billable): the key needs ordering enabled (changelog 2018-03-09). */
  readonly order?: boolean;
  /** Where the docs are odd, what the console does about it. */
  readonly docNote?: string;
  /** The documented example response, shown in the explorer and served by the simulated API. */
  readonly example?: unknown;
}

export type AnyEndpoint = EndpointDefinition<string, AnyObjectSchema, z.ZodType | undefined, z.ZodType>;

export type EndpointBody<E extends AnyEndpoint> = E['body'] extends z.ZodType
  ? z.input<E['body']>
  : undefined;
export type EndpointResult<E extends AnyEndpoint> = z.output<E['response']>;

export function defineEndpoint<
  const Id extends string,
  Params extends AnyObjectSchema,
  Response extends z.ZodType,
  Body extends z.ZodType | undefined = undefined,
>(
  definition: Omit<EndpointDefinition<Id, Params, Body, Response>, 'body' | 'responseKind'> & {
    body?: Body;
    responseKind?: 'json' | 'pdf';
  },
): EndpointDefinition<Id, Params, Body, Response> {
  return {
    ...definition,
    body: definition.body as Body,
    responseKind: definition.responseKind ?? 'json',
  };
}

/** The names of a path template's parameters, in order: `/v1/a/{x}/{y}` → `['x', 'y']`. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/** Fills a path template; each value is URI-encoded as one segment. */
export function fillPath(path: string, params: Record<string, unknown>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
}
