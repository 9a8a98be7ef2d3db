import { type EndpointId, endpoint } from '@/api/catalogue';
import { DEMO_BASE_URL, type KeyHeaderStyle, keyHeaders } from '@/api/connection';
import { fillPath } from '@/api/endpoint';
import { type DemoKey, demoKey } from './demo-keys';

/** Where tests reach the simulated API: the same origin jsdom runs on, like the browser demo. */
export const DEMO_ORIGIN_URL = `${globalThis.location.origin}${DEMO_BASE_URL.replace(/\/v1$/, '')}`;

export interface CallOptions {
  params?: Record<string, unknown>;
  /** Sent as JSON; a string is sent as is (for broken JSON). */
  body?: unknown;
  /** A demo key id, any other string as a raw key, or null for no key. */
  key?: DemoKey['id'] | (string & {}) | null;
  header?: KeyHeaderStyle;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: unknown;
  response: Response;
}

function resolveKey(key: CallOptions['key']): string | null {
  if (key === null) return null;
  const id = key ?? 'operator';
  return ['operator', 'customer', 'readonly', 'no-ordering'].includes(id)
    ? demoKey(id as DemoKey['id']).key
    : id;
}

/** A real fetch to a catalogue endpoint (paths come from the catalogue, never typed here). */
export async function call(id: EndpointId, options: CallOptions = {}): Promise<CallResult> {
  const def = endpoint(id);
  return request(def.method, fillPath(def.path, options.params ?? {}), options);
}

/** A real fetch to any `/v1/...` path of the simulated API. */
export async function request(method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const apiKey = resolveKey(options.key);
  const headers: Record<string, string> = apiKey
    ? keyHeaders({ apiKey, keyHeader: options.header ?? 'bearer' })
    : {};
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${DEMO_ORIGIN_URL}${path}`, { method, headers, body });
  const type = response.headers.get('Content-Type') ?? '';
  const parsed = type.includes('json') ? ((await response.clone().json()) as unknown) : undefined;
  return { status: response.status, headers: response.headers, body: parsed, response };
}
