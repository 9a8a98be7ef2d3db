import { ENDPOINTS } from './catalogue';
import type { AnyEndpoint, HttpMethod } from './endpoint';
import { pathParamNames } from './endpoint';

export interface EndpointMatch {
  endpoint: AnyEndpoint;
  params: Record<string, string>;
  /** False when the path has the right shape but a parameter fails its schema. */
  paramsValid: boolean;
}

interface CompiledPath {
  endpoint: AnyEndpoint;
  pattern: RegExp;
  names: string[];
}

const compiled: CompiledPath[] = ENDPOINTS.map((endpoint) => ({
  endpoint,
  names: pathParamNames(endpoint.path),
  pattern: new RegExp(
    `^${endpoint.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '([^/]+)')}/?$`,
  ),
}));

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Finds the documented endpoint for a method and a path starting at `/v1`. Two endpoints share a
 * shape (`/v1/customer/user/{customerNumber}` and `/{userId}`): their parameter schemas decide.
 */
export function matchEndpoint(method: string, path: string): EndpointMatch | undefined {
  let fallback: EndpointMatch | undefined;
  for (const { endpoint, pattern, names } of compiled) {
    if (endpoint.method !== (method.toUpperCase() as HttpMethod)) continue;
    const found = pattern.exec(path);
    if (!found) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, decode(found[i + 1] ?? '')]));
    if (endpoint.params.safeParse(params).success) return { endpoint, params, paramsValid: true };
    fallback ??= { endpoint, params, paramsValid: false };
  }
  return fallback;
}

/** Whether any endpoint serves this path with another method (for 405 rather than 404). */
export function pathHasOtherMethods(path: string): HttpMethod[] {
  return compiled.filter(({ pattern }) => pattern.test(path)).map(({ endpoint }) => endpoint.method);
}
