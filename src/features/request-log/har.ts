import type { ApiErrorKind } from '@/api/api-error';
import type { ApiCallEvent, CallInitiator } from '@/api/call-events';
import type { HttpMethod } from '@/api/endpoint';
import { readErrorBody } from '@/api/error-body';
import { codeMeaning, statusMeaning } from '@/api/error-catalogue';
import { matchEndpoint } from '@/api/match-endpoint';
import { redactCall } from '@/api/redaction';
import { reasonPhrase } from '@/features/ui/http-status';
import { i18n, params } from '@/i18n';
import { bodyText } from './call-format';

// Read when a file is imported: the import's messages and meanings are in the language of that moment.
const messages = i18n('request-log/har', {
  noAnswer: 'No answer arrived: the file records none.',
  undocumentedStatus: params<{ status: number }>('Undocumented status {status}.'),
  notJson: 'This file is not JSON, so it is not a HAR file.',
  noEntries: 'This file has no log.entries: it is not a HAR file.',
});

/** The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) this console writes. */
interface HarNameValue {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    postData?: { mimeType: string; text: string };
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    content: { size: number; mimeType: string; text?: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    /** Custom field (HAR allows `_` names): why no answer arrived. */
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  /** Custom field: what this console knows about the call (code, message, documented meaning). */
  _4b42?: {
    endpointId: string | null;
    code: string | null;
    message: string | null;
    meaning: string | null;
    errorKind: string | null;
    initiator?: CallInitiator;
  };
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
    comment?: string;
  };
}

const toPairs = (record: Readonly<Record<string, string>>): HarNameValue[] =>
  Object.entries(record).map(([name, value]) => ({ name, value }));

function queryString(url: string): HarNameValue[] {
  try {
    return [...new URL(url, 'http://localhost').searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/** Absolute, as HAR viewers expect; the demo's relative URLs are resolved against this page. */
function absoluteUrl(url: string): string {
  try {
    return new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
  } catch {
    return url;
  }
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

function harEntry(raw: ApiCallEvent): HarEntry {
  // Logged calls are redacted already; doing it again costs little and covers any other source.
  const call = redactCall(raw);
  const requestText =
    call.requestBody === undefined || call.requestBody === null ? '' : bodyText(call.requestBody);
  const responseText = call.responseBody === null ? '' : bodyText(call.responseBody);
  const answered = call.status !== null;
  const mimeType =
    headerValue(call.responseHeaders, 'content-type') ?? (answered ? 'application/json' : 'x-unknown');
  return {
    startedDateTime: new Date(call.startedAt).toISOString(),
    time: call.durationMs,
    request: {
      method: call.method,
      url: absoluteUrl(call.url),
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: toPairs(call.requestHeaders),
      queryString: queryString(call.url),
      ...(requestText ? { postData: { mimeType: 'application/json', text: requestText } } : {}),
      headersSize: -1,
      bodySize: requestText.length,
    },
    response: {
      status: call.status ?? 0,
      statusText: answered && call.status !== null ? reasonPhrase(call.status) : '',
      httpVersion: answered ? 'HTTP/1.1' : '',
      cookies: [],
      headers: toPairs(call.responseHeaders),
      content: { size: call.responseSize ?? 0, mimeType, ...(answered ? { text: responseText } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: answered ? (call.responseSize ?? responseText.length) : 0,
      ...(answered ? {} : { _error: call.message ?? call.errorKind ?? 'No answer' }),
    },
    cache: {},
    timings: { send: 0, wait: call.durationMs, receive: 0 },
    _4b42: {
      endpointId: call.endpointId ?? null,
      code: call.code,
      message: call.message,
      meaning: call.meaning,
      errorKind: call.errorKind,
      ...(call.initiator ? { initiator: call.initiator } : {}),
    },
  };
}

/** Calls as a sanitised HAR 1.2 document, oldest first as HAR viewers list them. */
export function toHar(calls: readonly ApiCallEvent[], version = '1.0'): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: '4b42 Console', version },
      entries: [...calls].sort((a, b) => a.startedAt - b.startedAt).map(harEntry),
      comment: 'Exported by the 4b42 Console. The key and passwords are masked (•••).',
    },
  };
}

/** Calls as plain JSON: the log's own record of each, redacted. */
export function toJsonExport(calls: readonly ApiCallEvent[]): string {
  return JSON.stringify(
    calls.map((call) => redactCall(call)),
    null,
    2,
  );
}

// Import ----------------------------------------------------------------------------------------

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']);

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function fromPairs(pairs: unknown): Record<string, string> {
  if (!Array.isArray(pairs)) return {};
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    if (pair && typeof pair.name === 'string') out[pair.name] = String(pair.value ?? '');
  }
  return out;
}

/** `/v1/...` from any URL of the API, whatever host or prefix (`/demo-api/v1/...`) it has. */
function apiPath(url: string): string {
  let pathname = url;
  try {
    pathname = new URL(url, 'http://localhost').pathname;
  } catch {
    // Keep the text as it is.
  }
  const at = pathname.indexOf('/v1');
  return at >= 0 ? pathname.slice(at) : pathname;
}

function fromHarEntry(entry: HarEntry, index: number): ApiCallEvent | null {
  const request = entry?.request;
  if (!request || typeof request.url !== 'string') return null;
  const method = String(request.method ?? 'GET').toUpperCase();
  if (!METHODS.has(method)) return null;
  const path = apiPath(request.url);
  // A browser's HAR also holds the page's scripts and images: only calls to the API are kept.
  if (!path.startsWith('/v1')) return null;
  const match = matchEndpoint(method, path);
  const status = entry.response?.status ? Number(entry.response.status) : null;
  const ok = status !== null && status >= 200 && status < 300;
  const responseBody = parseBody(entry.response?.content?.text);
  const error = ok || status === null ? null : readErrorBody(responseBody);
  const code = error?.code ?? null;
  const startedAt = Date.parse(entry.startedDateTime);
  const headers = fromPairs(entry.response?.headers);
  // This console's own export says why no answer came; other tools' files do not.
  const ours = entry._4b42;
  const call: ApiCallEvent = {
    id: `har-${index}`,
    startedAt: Number.isNaN(startedAt) ? 0 : startedAt,
    durationMs: Math.round(Number(entry.time) || 0),
    method: method as HttpMethod,
    endpointId: match?.endpoint.id,
    path,
    url: request.url,
    params: match?.params ?? {},
    ...(ours?.initiator === 'preload' ? { initiator: ours.initiator } : {}),
    requestHeaders: fromPairs(request.headers),
    requestBody: parseBody(request.postData?.text) ?? undefined,
    status,
    ok,
    errorKind: ok ? null : status === null ? ((ours?.errorKind as ApiErrorKind) ?? 'network') : 'http',
    code,
    message: error?.message ?? (status === null ? (entry.response?._error ?? null) : null),
    meaning: ok
      ? null
      : (codeMeaning(code) ??
        statusMeaning(status) ??
        ours?.meaning ??
        (status === null ? messages.get().noAnswer : messages.get().undocumentedStatus({ status }))),
    responseHeaders: headers,
    responseBody,
    responseSize: entry.response?.content?.size ?? null,
    rateLimit: {
      limit: headerValue(headers, 'ratelimit-limit') ?? null,
      remaining: headerValue(headers, 'ratelimit-remaining') ?? null,
      reset: headerValue(headers, 'ratelimit-reset') ?? null,
    },
  };
  return redactCall(call);
}

/**
 * Reads a HAR file (from this console, Chrome or any other tool) into calls the log can show,
 * newest first, with this API's meanings; secrets in it are masked on the way in.
 */
export function fromHar(text: string): ApiCallEvent[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(messages.get().notJson);
  }
  const entries = (parsed as Har | null)?.log?.entries;
  if (!Array.isArray(entries)) throw new Error(messages.get().noEntries);
  return entries
    .map((entry, index) => fromHarEntry(entry, index))
    .filter((call): call is ApiCallEvent => call !== null)
    .sort((a, b) => b.startedAt - a.startedAt);
}
