import type { z } from 'zod';
import { i18n, params } from '@/i18n';
import { ApiError, type ApiErrorKind } from './api-error';
import { RATE_LIMIT_HEADER } from './api-headers';
import { type ApiCallEvent, type CallInitiator, emitApiCall } from './call-events';
import { isBlob } from './catalogue/response-schemas';
import { type Connection, connectionStore, keyHeaders } from './connection';
import { demoApiReady } from './demo-gate';
import { dotSegmentFields } from './dot-segment';
import type { AnyEndpoint, EndpointResult } from './endpoint';
import { fillPath } from './endpoint';
import { readErrorBody } from './error-body';
import { statusMeaning } from './error-catalogue';
import { parseRetryAfter, rateLimitStore, recordRateLimit } from './rate-limit';
import { redactCall } from './redaction';
import { requestShape } from './request-shape';
import { emitWrite } from './write-events';
import { writeRecorderReady } from './write-recorder-gate';

export const DEFAULT_TIMEOUT_MS = 20_000;

// The console's own words for a call that failed; built when the error is thrown, in the language of that moment.
const messages = i18n('api/client', {
  htmlPage: params<{ status: number }>('The server answered {status} with an HTML page instead of JSON.'),
  notJson: params<{ status: number }>('The server answered {status} with a body that is not JSON.'),
  notConnected: 'Not connected: connect with an API key first.',
  offline: 'You are offline: nothing was sent.',
  checkFields: 'Check the highlighted fields.',
  demoNotStarted: 'The simulated API did not start in this browser.',
  timeout: params<{ seconds: number }>('No answer within {seconds} s.'),
  cancelled: 'Cancelled.',
  unreachable: params<{ host: string }>('Could not reach {host}.'),
  brokeOff: 'The connection broke while the answer was arriving.',
  unexpected: 'Unexpected response.',
  unexpectedAt: params<{ where: string; problem: string }>('Unexpected response at {where}: {problem}.'),
  topLevel: 'top level',
});

export interface CallInput {
  params?: Record<string, unknown>;
  body?: unknown;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Defaults to the stored connection. */
  connection?: Connection;
  /** Why the call is made, when not by the user's own step (a preload): said in the request log. */
  initiator?: CallInitiator;
}

/** Full result, for the explorer: the parsed data plus what came over the wire. */
export interface CallResult<T> {
  data: T;
  status: number;
  durationMs: number;
  headers: Record<string, string>;
  event: ApiCallEvent;
}

let sequence = 0;

function issuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const name = issue.path.join('.') || '_';
    fields[name] ??= issue.message;
  }
  return fields;
}

function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

async function readBody(response: Response, kind: AnyEndpoint['responseKind']) {
  const type = response.headers.get('Content-Type') ?? '';
  if (kind === 'pdf' && response.ok && !type.includes('json')) {
    return { json: false as const, value: await response.blob(), text: '' };
  }
  const text = await response.text();
  if (text.trim() === '') return { json: true as const, value: null, text };
  try {
    return { json: true as const, value: JSON.parse(text) as unknown, text };
  } catch {
    return { json: false as const, value: undefined, text };
  }
}

function describeNonJson(status: number, text: string): string {
  const isHtml = /^\s*</.test(text);
  return isHtml ? messages.get().htmlPage({ status }) : messages.get().notJson({ status });
}

/**
 * The one transport: resolves the endpoint's path, sends the key in the chosen header, reads the
 * rate-limit headers, emits a redacted call event, and either returns the parsed body or throws
 * an ApiError. It never shows anything and never navigates: that is for the caches' onError.
 */
export async function callEndpointFull<E extends AnyEndpoint>(
  endpoint: E,
  input: CallInput = {},
  options: CallOptions = {},
): Promise<CallResult<EndpointResult<E>>> {
  const connection = options.connection ?? connectionStore.get();
  const rawParams = input.params ?? {};
  const path = fillPath(endpoint.path, rawParams);
  const fail = (kind: ApiErrorKind, rest: Partial<ConstructorParameters<typeof ApiError>[0]>): never => {
    throw new ApiError({
      kind,
      method: endpoint.method,
      path,
      endpointId: endpoint.id,
      message: '',
      ...rest,
    });
  };

  if (!connection) {
    fail('invalid-request', { status: 401, message: messages.get().notConnected });
  }
  const conn = connection as Connection;
  // Offline: refuse at once rather than let a write wait and go out later on its own.
  if (globalThis.navigator?.onLine === false) {
    fail('offline', { message: messages.get().offline });
  }

  const params = endpoint.params.safeParse(rawParams);
  if (!params.success) {
    fail('invalid-request', {
      message: messages.get().checkFields,
      fields: issuesToFields(params.error.issues),
    });
  }
  // Whatever a parameter's own schema allows, it never becomes a `.` or `..` segment.
  const dotFields = dotSegmentFields(endpoint.path, params.data as Record<string, unknown>);
  if (Object.keys(dotFields).length > 0) {
    fail('invalid-request', { message: messages.get().checkFields, fields: dotFields });
  }
  let body: unknown;
  if (endpoint.body) {
    const parsed = endpoint.body.safeParse(input.body ?? {});
    if (!parsed.success) {
      fail('invalid-request', {
        message: messages.get().checkFields,
        fields: issuesToFields(parsed.error.issues),
      });
    }
    body = parsed.data;
  }

  if (conn.kind === 'demo') {
    const started = await demoApiReady()?.then(
      () => true,
      () => false,
    );
    if (started === false) fail('network', { message: messages.get().demoNotStarted });
  }

  // The audit must be listening before a write goes out (loaded once, on demand).
  if (endpoint.method !== 'GET') await writeRecorderReady();

  // Cancelled before it went out (the page that asked was left while it waited above): an abort
  // signal fires its listeners once, so one attached now would never hear it.
  if (options.signal?.aborted) fail('aborted', { message: messages.get().cancelled });

  const shape = requestShape(endpoint, conn.baseUrl, params.data as Record<string, unknown>, body);
  const { path: filledPath, url } = shape;
  const sentHeaders = { ...shape.headers, ...keyHeaders(conn) };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const startedAt = Date.now();
  const started = performance.now();
  const id = `${startedAt.toString(36)}-${(++sequence).toString(36)}`;
  let response: Response | undefined;
  let outcome: { value?: unknown; size?: number; error?: ApiError; headers: Record<string, string> } = {
    headers: {},
  };

  // Before it goes out: the audit reads what the record looked like until now.
  emitWrite({
    id,
    startedAt,
    method: endpoint.method,
    endpointId: endpoint.id,
    pathTemplate: endpoint.path,
    path: filledPath,
    params: params.data as Record<string, unknown>,
    body,
    connection: conn,
  });

  try {
    try {
      response = await fetch(url, {
        method: endpoint.method,
        headers: sentHeaders,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (cause) {
      const kind: ApiErrorKind = timedOut ? 'timeout' : options.signal?.aborted ? 'aborted' : 'network';
      const message =
        kind === 'timeout'
          ? messages.get().timeout({ seconds: Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000) })
          : kind === 'aborted'
            ? messages.get().cancelled
            : messages.get().unreachable({ host: new URL(url).host });
      throw new ApiError({
        kind,
        method: endpoint.method,
        path: filledPath,
        endpointId: endpoint.id,
        message,
        cause,
        callId: id,
      });
    }

    const now = Date.now();
    recordRateLimit(response.headers, response.status, now);
    outcome.headers = headersToRecord(response.headers);
    let read: Awaited<ReturnType<typeof readBody>>;
    try {
      read = await readBody(response, endpoint.responseKind);
    } catch (cause) {
      const kind: ApiErrorKind = timedOut ? 'timeout' : options.signal?.aborted ? 'aborted' : 'network';
      throw new ApiError({
        kind,
        method: endpoint.method,
        path: filledPath,
        endpointId: endpoint.id,
        status: response.status,
        callId: id,
        message: messages.get().brokeOff,
        cause,
      });
    }
    const base = {
      method: endpoint.method,
      path: filledPath,
      endpointId: endpoint.id,
      status: response.status,
      callId: id,
    };
    // What the log shows: JSON as parsed, anything else as plain text (never rendered as HTML).
    outcome.size = isBlob(read.value) ? read.value.size : read.text.length;
    outcome.value = read.json
      ? read.value
      : isBlob(read.value)
        ? `[${read.value.type || 'binary'}, ${read.value.size} bytes]`
        : read.text.slice(0, 4000);

    if (!response.ok) {
      const retryAt =
        parseRetryAfter(response.headers.get('Retry-After'), now) ??
        (response.status === 429 ? (rateLimitStore.get()?.blockedUntil ?? null) : null);
      if (!read.json) {
        throw new ApiError({
          ...base,
          kind: 'http',
          message: describeNonJson(response.status, read.text),
          retryAt,
        });
      }
      const parsed = readErrorBody(read.value);
      throw new ApiError({
        ...base,
        kind: 'http',
        code: parsed.code,
        // Toasts and logs need a line: the status's meaning stands in, and the panels say none came.
        message: parsed.message ?? statusMeaning(response.status) ?? `HTTP ${response.status}`,
        messageGiven: parsed.message !== null,
        fields: parsed.fields,
        retryAt,
      });
    }
    if (!read.json && !isBlob(read.value)) {
      throw new ApiError({ ...base, kind: 'not-json', message: describeNonJson(response.status, read.text) });
    }
    const checked = endpoint.response.safeParse(read.value);
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw new ApiError({
        ...base,
        kind: 'unexpected-body',
        message: first
          ? messages.get().unexpectedAt({
              where: first.path.join('.') || messages.get().topLevel,
              problem: first.message,
            })
          : messages.get().unexpected,
        cause: read.value,
      });
    }
    return {
      data: checked.data as EndpointResult<E>,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      headers: outcome.headers,
      event: emit(),
    };
  } catch (error) {
    outcome = { ...outcome, error: error as ApiError };
    emit();
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  function emit(): ApiCallEvent {
    const error = outcome.error;
    // Redacted before anyone sees it: the key, and passwords (typed or generated) by name and value.
    const event = redactCall(
      {
        id,
        startedAt,
        durationMs: Math.round(performance.now() - started),
        method: endpoint.method,
        endpointId: endpoint.id,
        pathTemplate: endpoint.path,
        viaCurrentConnection: conn === connectionStore.get(),
        ...(options.initiator ? { initiator: options.initiator } : {}),
        order: endpoint.order,
        path: filledPath,
        url,
        params: params.data as Record<string, unknown>,
        requestHeaders: sentHeaders,
        requestBody: body,
        status: response?.status ?? null,
        ok: !error,
        errorKind: error?.kind ?? null,
        outcomeUnknown: error?.outcomeUnknown ?? false,
        code: error?.code ?? null,
        message: error?.messageGiven === false ? null : (error?.message ?? null),
        meaning: error ? error.meaning : null,
        responseHeaders: outcome.headers,
        responseBody: outcome.value ?? null,
        responseSize: outcome.size ?? null,
        rateLimit: {
          limit: response?.headers.get(RATE_LIMIT_HEADER.limit) ?? null,
          remaining: response?.headers.get(RATE_LIMIT_HEADER.remaining) ?? null,
          reset: response?.headers.get(RATE_LIMIT_HEADER.reset) ?? null,
        },
      },
      [conn.apiKey],
    );
    emitApiCall(event);
    return event;
  }
}

/** The parsed body only: what query and mutation functions use. */
export async function callEndpoint<E extends AnyEndpoint>(
  endpoint: E,
  input: CallInput = {},
  options: CallOptions = {},
): Promise<EndpointResult<E>> {
  return (await callEndpointFull(endpoint, input, options)).data;
}
