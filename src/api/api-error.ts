import { i18n, params } from '@/i18n';
import type { HttpMethod } from './endpoint';
import { codeMeaning, statusMeaning } from './error-catalogue';

/**
 * What went wrong, from the user's point of view:
 * - `http`: the API answered with an error status (either dialect of error body);
 * - `offline`: the browser is offline, so nothing was sent;
 * - `network`: no answer at all (DNS, CORS, connection refused or broken);
 * - `timeout`: no answer within the client's time limit;
 * - `aborted`: the caller cancelled (a query that is no longer needed);
 * - `not-json`: an answer that is not JSON, e.g. a proxy's HTML error page (never rendered);
 * - `unexpected-body`: JSON that does not fit the endpoint's documented response;
 * - `invalid-request`: the input failed the endpoint's schema before anything was sent.
 */
export type ApiErrorKind =
  | 'http'
  | 'offline'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'not-json'
  | 'unexpected-body'
  | 'invalid-request';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  method: HttpMethod;
  /** The filled path, without base URL or key. */
  path: string;
  endpointId?: string | undefined;
  status?: number | null;
  code?: string | null;
  message: string;
  /** False when an HTTP answer had no message and `message` stands in for one (its status's meaning). */
  messageGiven?: boolean;
  /** Field name → message, when the API or the schema names fields. */
  fields?: Record<string, string>;
  /** Epoch milliseconds before which a retry is pointless (Retry-After or rate-limit reset). */
  retryAt?: number | null;
  /** The request-log entry of the call, when one was sent. */
  callId?: string | undefined;
  cause?: unknown;
}

// Read when an error is shown, so its meaning follows the language.
const messages = i18n('api/api-error', {
  offline: 'The browser is offline: nothing was sent. Try again once the connection is back.',
  network: 'The API could not be reached: check the base URL, your connection, and CORS on the server.',
  timeout: 'The API did not answer in time. The request may or may not have been carried out.',
  aborted: 'The request was cancelled.',
  notJson: 'The API answered with something that is not JSON (for example an HTML error page).',
  unexpectedBody: 'The API answered with data that does not match its documentation.',
  invalidRequest: 'The input does not match what the API documents; nothing was sent.',
  undocumented: params('Undocumented error with status {status}.'),
  undocumentedCode: params('Undocumented error code {code} with status {status}.'),
});

const KIND_MEANINGS = {
  offline: 'offline',
  network: 'network',
  timeout: 'timeout',
  aborted: 'aborted',
  'not-json': 'notJson',
  'unexpected-body': 'unexpectedBody',
  'invalid-request': 'invalidRequest',
} as const satisfies Record<Exclude<ApiErrorKind, 'http'>, string>;

/** The one error type every failed call becomes. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly method: HttpMethod;
  readonly path: string;
  readonly endpointId: string | undefined;
  readonly status: number | null;
  readonly code: string | null;
  readonly fields: Readonly<Record<string, string>>;
  readonly retryAt: number | null;
  readonly callId: string | undefined;
  readonly messageGiven: boolean;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.endpointId = init.endpointId;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.fields = init.fields ?? {};
    this.retryAt = init.retryAt ?? null;
    this.callId = init.callId;
    this.messageGiven = init.messageGiven ?? true;
  }

  /** The documented meaning of the code, else of the status, else of the kind of failure. */
  get meaning(): string {
    const t = messages.get();
    if (this.kind !== 'http') return codeMeaning(this.code) ?? t[KIND_MEANINGS[this.kind]];
    const status = String(this.status);
    return (
      codeMeaning(this.code) ??
      statusMeaning(this.status) ??
      (this.code ? t.undocumentedCode({ code: this.code, status }) : t.undocumented({ status }))
    );
  }

  /** The meaning of the HTTP status, when one was received and is documented. */
  get statusMeaning(): string | undefined {
    return statusMeaning(this.status);
  }

  get isRateLimited(): boolean {
    return this.status === 429 || this.code === 'rate_limit_exceeded';
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  /** A client error the same request would meet again: never retried automatically. */
  get isPermanent(): boolean {
    return (
      this.kind === 'invalid-request' ||
      this.kind === 'offline' ||
      this.kind === 'aborted' ||
      this.kind === 'unexpected-body' ||
      (this.kind === 'http' && this.status !== null && this.status >= 400 && this.status < 500)
    );
  }

  /**
   * A write whose outcome is unknown: the request may have reached the API and been carried out
   * although no usable answer came back (a timeout, a broken connection, a 5xx or a proxy page).
   * Such a write is never re-sent blindly: re-read first (see the form kit's `reconcile`).
   */
  get outcomeUnknown(): boolean {
    if (this.method === 'GET') return false;
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    // An answer that cannot be read (cut short, a proxy page, off the docs): the write may be done.
    if (this.kind === 'not-json' || this.kind === 'unexpected-body') return true;
    // 503 is the API saying it is down (maintenance): it did not carry anything out.
    const lostStatus = this.status !== null && this.status >= 500 && this.status !== 503;
    return lostStatus && this.kind === 'http';
  }

  /** A one-line summary for logs and toasts: `403 PATH_RESTRICTED: message`. */
  get summary(): string {
    const head = [this.status ?? this.kind, this.code].filter(Boolean).join(' ');
    return `${head}: ${this.message}`;
  }
}

export { isApiError } from './is-api-error';
