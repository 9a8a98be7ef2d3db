import type { Connection } from './connection';
import { connectionFingerprint, keyHeaders } from './connection';
import type { HttpMethod } from './endpoint';
import { createRedactor, secretsIn } from './redaction';

/**
 * A write (POST, PUT, DELETE) about to go out, for whoever keeps a record of them (the audit):
 * sent before the request, so a listener can read what the record looked like until now. Its
 * answer arrives later as the ApiCallEvent with the same `id`. Redacted like the call event.
 */
export interface WriteEvent {
  /** The call id: the ApiCallEvent of its answer carries the same. */
  id: string;
  startedAt: number;
  method: Exclude<HttpMethod, 'GET'>;
  endpointId: string;
  /** e.g. `/v1/customer/{customerNumber}` */
  pathTemplate: string;
  /** Filled path, secrets masked. */
  path: string;
  params: Record<string, unknown>;
  /** The body as sent, passwords and the key masked. */
  body: unknown;
  /** The key's header as the request log shows it: `Authorization: Bearer •••`. */
  keyHeader: string;
  /** `connectionFingerprint` of the connection the write goes out with (never the key itself). */
  connection: string;
  /** Masks the key and this write's secrets in anything else a listener keeps (e.g. a cached record). */
  redact: (value: unknown) => unknown;
}

type Listener = (event: WriteEvent) => void;
const listeners = new Set<Listener>();

export function onWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the client just before a write's fetch; costs nothing while nobody listens. */
export function emitWrite(input: {
  id: string;
  startedAt: number;
  method: HttpMethod;
  endpointId: string;
  pathTemplate: string;
  path: string;
  params: Record<string, unknown>;
  body: unknown;
  connection: Connection;
}): void {
  if (input.method === 'GET' || listeners.size === 0) return;
  const { connection, method } = input;
  const redact = createRedactor([connection.apiKey, ...secretsIn(input.body), ...secretsIn(input.params)]);
  const header = Object.entries(redact.headers(keyHeaders(connection)))
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
  const event: WriteEvent = {
    id: input.id,
    startedAt: input.startedAt,
    method,
    endpointId: input.endpointId,
    pathTemplate: input.pathTemplate,
    path: redact.text(input.path),
    params: redact.body(input.params) as Record<string, unknown>,
    body: redact.body(input.body),
    keyHeader: header,
    connection: connectionFingerprint(connection),
    redact: redact.body,
  };
  for (const listener of listeners) listener(event);
}
