import type { ApiCallEvent } from '@/api/call-events';
import { KEY_HEADER_STYLES, type KeyHeaderStyle } from '@/api/connection';
import type { AnyEndpoint } from '@/api/endpoint';
import { requestShape } from '@/api/request-shape';

/** One HTTP request as curl should repeat it. The key is not in `headers`: see `CurlKey`. */
export interface CurlRequest {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  /** Sent as JSON when defined. */
  body?: unknown;
}

export interface CurlKey {
  style: KeyHeaderStyle;
  /** The real key; only written out when `reveal` is true. */
  apiKey?: string;
  reveal?: boolean;
}

/** What the command says instead of the key: a shell variable the user sets. */
export const API_KEY_VARIABLE = '$API_KEY';

const KEY_HEADER_NAMES = new Set(Object.values(KEY_HEADER_STYLES).map((s) => s.header.toLowerCase()));

/** POSIX single quotes: nothing inside is special except `'`, written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function keyHeaderArgument({ style, apiKey, reveal }: CurlKey): string {
  const { header } = KEY_HEADER_STYLES[style];
  const prefix = style === 'bearer' ? 'Bearer ' : '';
  if (reveal && apiKey !== undefined) return shellQuote(`${header}: ${prefix}${apiKey}`);
  // Double quotes so the shell expands $API_KEY; the fixed text around it has no $ ` \ or ".
  return `"${header}: ${prefix}${API_KEY_VARIABLE}"`;
}

/**
 * The request as a curl command, one option per line: method, URL, Accept, the key header,
 * Content-Type, then the JSON body. Key headers found in `headers` (e.g. a redacted one from the
 * request log) are replaced by the one `key` describes.
 */
export function curlCommand(request: CurlRequest, key?: CurlKey): string {
  const headers = Object.entries(request.headers).filter(
    ([name]) => !KEY_HEADER_NAMES.has(name.toLowerCase()),
  );
  const isContentType = ([name]: [string, string]) => name.toLowerCase() === 'content-type';
  const header = ([name, value]: [string, string]) => `-H ${shellQuote(`${name}: ${value}`)}`;
  const parts = [
    `curl -X ${request.method} ${shellQuote(request.url)}`,
    ...headers.filter((h) => !isContentType(h)).map(header),
    ...(key ? [`-H ${keyHeaderArgument(key)}`] : []),
    ...headers.filter(isContentType).map(header),
  ];
  if (request.body !== undefined) parts.push(`--data ${shellQuote(JSON.stringify(request.body))}`);
  return parts.join(' \\\n  ');
}

/** What the client sends for an endpoint, as curl takes it. Params and body are schema-parsed. */
export function endpointRequest(
  endpoint: AnyEndpoint,
  baseUrl: string,
  params: Record<string, unknown>,
  body: unknown,
): CurlRequest {
  const { method, url, headers, ...rest } = requestShape(endpoint, baseUrl, params, body);
  return { method, url, headers, ...('body' in rest ? { body: rest.body } : {}) };
}

/** Which key style a logged (redacted) request used, read from its headers. */
export function keyStyleOf(headers: Readonly<Record<string, string>>): KeyHeaderStyle | undefined {
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === '4b42-key') return '4b42-KEY';
    if (lower === 'authorization') return value.startsWith('Bearer ') ? 'bearer' : 'authorization-bare';
  }
  return undefined;
}

/**
 * A request-log entry as curl, the key as $API_KEY. Secrets the log masked (passwords) stay
 * masked: the log never had them.
 */
export function curlFromLoggedCall(call: ApiCallEvent): string {
  const style = keyStyleOf(call.requestHeaders);
  return curlCommand(
    {
      method: call.method,
      url: call.url,
      headers: call.requestHeaders,
      ...(call.requestBody !== undefined ? { body: call.requestBody } : {}),
    },
    style ? { style } : undefined,
  );
}
