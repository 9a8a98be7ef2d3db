import type { ApiErrorKind } from './api-error';
import type { HttpMethod } from './endpoint';

/**
 * Why a call was made when it was not the user's own step: `preload`, asked ahead of a click (the
 * pointer rested on a link, or a link took the focus), so the page opens at once.
 */
export type CallInitiator = 'preload';

/** One finished call, as the request log and the explorer see it. The key is never in here. */
export interface ApiCallEvent {
  id: string;
  startedAt: number;
  durationMs: number;
  method: HttpMethod;
  endpointId: string | undefined;
  /** The endpoint's path template, e.g. `/v1/customer/{customerNumber}` (set by the client). */
  pathTemplate?: string;
  /** False for a call made with a connection being tried (the key check), not the connected one. */
  viaCurrentConnection?: boolean;
  /** Set only for a call the user's own step did not make (see `CallInitiator`). */
  initiator?: CallInitiator;
  /** The endpoint places an order (set by the client). */
  order?: boolean;
  /** Filled path, e.g. `/v1/customer/00000005`. */
  path: string;
  /** Full URL without credentials. */
  url: string;
  params: Record<string, unknown>;
  requestHeaders: Record<string, string>;
  /** Sent body with secrets (passwords) masked. */
  requestBody: unknown;
  /** null when no answer arrived. */
  status: number | null;
  ok: boolean;
  errorKind: ApiErrorKind | null;
  /** A write that may have been carried out although no usable answer came (ApiError.outcomeUnknown). */
  outcomeUnknown?: boolean;
  code: string | null;
  message: string | null;
  meaning: string | null;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  /** Characters (or bytes, for a binary body) of the body as received; null without an answer. */
  responseSize: number | null;
  rateLimit: { limit: string | null; remaining: string | null; reset: string | null };
}

type Listener = (event: ApiCallEvent) => void;
const listeners = new Set<Listener>();

export function onApiCall(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitApiCall(event: ApiCallEvent): void {
  for (const listener of listeners) listener(event);
}

// The masking lives in redaction.ts; REDACTED stays importable from here for the explorer.
export { REDACTED } from './redaction';
