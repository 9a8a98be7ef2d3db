import { apiOrigin } from './connection';
import type { AnyEndpoint, HttpMethod } from './endpoint';
import { fillPath } from './endpoint';

/** What goes over the wire for one call, without the key: the client sends it, curl prints it. */
export interface RequestShape {
  method: HttpMethod;
  /** Filled path, e.g. `/v1/customer/00000005`. */
  path: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** Params and body are the schema-parsed values. */
export function requestShape(
  endpoint: AnyEndpoint,
  baseUrl: string,
  params: Record<string, unknown>,
  body: unknown,
): RequestShape {
  const path = fillPath(endpoint.path, params);
  const withBody = endpoint.body !== undefined && body !== undefined;
  return {
    method: endpoint.method,
    path,
    url: apiOrigin(baseUrl) + path,
    headers: {
      Accept: endpoint.responseKind === 'pdf' ? 'application/pdf, application/json' : 'application/json',
      ...(withBody ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(withBody ? { body } : {}),
  };
}
