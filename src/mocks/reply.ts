import { codeEdition, documentedCodeMeaning } from '@/api/error-catalogue';

/** What the simulated API answers, before msw turns it into a Response. */
export type Reply =
  | { type: 'json'; status: number; body: unknown; headers: Record<string, string> }
  | { type: 'bytes'; status: number; body: Uint8Array; headers: Record<string, string> }
  | { type: 'html'; status: number; body: string; headers: Record<string, string> }
  | { type: 'text'; status: number; body: string; headers: Record<string, string> }
  | { type: 'network-error' };

/** A route's non-JSON answer (the abuse report PDF). */
export class BinaryBody {
  constructor(
    readonly bytes: Uint8Array,
    readonly contentType: string,
    readonly filename: string,
  ) {}
}

/** Thrown anywhere in the pipeline; becomes the documented error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message?: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message ?? documentedCodeMeaning(code) ?? `HTTP ${status}`);
  }
}

export function fail(status: number, code: string, message?: string, field?: string): never {
  throw new ApiFailure(status, code, message, field);
}

/**
 * The docs never show an error body. Current-edition (lowercase) codes come as
 * `{code, message, field?}`, older-edition (uppercase) ones as `{error, message}` – the two shapes
 * src/api/error-body.ts reads. An undocumented code picks the shape by its case. `field` is added to
 * the older shape too when a field is at fault, so forms can still point at it.
 */
export function errorBody(code: string, message: string, field?: string): Record<string, string> {
  const older =
    codeEdition(code) === 'older' || (codeEdition(code) === undefined && code === code.toUpperCase());
  const body: Record<string, string> = older ? { error: code, message } : { code, message };
  if (field) body.field = field;
  return body;
}

export function jsonReply(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { type: 'json', status, body, headers };
}

export function failureReply(failure: ApiFailure): Reply {
  return jsonReply(errorBody(failure.code, failure.message, failure.field), failure.status, failure.headers);
}
