import type { z } from 'zod';
import type { AnyEndpoint } from '@/api/endpoint';
import { ApiFailure, fail } from './reply';

/** A field whose bad value has its own documented code (e.g. a zone name: INVALID_FQDN). */
export type FieldCodes = Readonly<Record<string, readonly [status: number, code: string]>>;

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Checks a request body with the catalogue's own schema and answers like the API would: a
 * missing field is `require_error` (400), a bad one `invalid_input` (422) or its documented code,
 * "change at least one field" is FIELDS_EMPTY. The first problem is reported, naming its field.
 */
export function parseBody<S extends z.ZodType>(schema: S, raw: unknown, codes: FieldCodes = {}): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = path.map(String).join('.');
  if (field === '_' || field === '') fail(400, 'FIELDS_EMPTY');
  if (isBlank(valueAt(raw, path))) fail(400, 'require_error', `The field ${field} is required.`, field);
  const special = codes[String(path[0])];
  if (special) fail(special[0], special[1], issue?.message, field);
  fail(422, 'invalid_input', `${field}: ${issue?.message ?? 'invalid value'}`, field);
}

/** Path parameters with the wrong shape, in the codes the older edition documents for them. */
const PARAM_CODES: Readonly<Record<string, string>> = {
  customerNumber: 'INVALID_CUSTOMER_NUMBER',
  userId: 'INVALID_ID',
  suffix: 'INVALID_FQDN',
  zone: 'INVALID_FQDN',
};

export function parseParams(endpoint: AnyEndpoint, raw: Record<string, string>): Record<string, string> {
  const result = endpoint.params.safeParse(raw);
  if (result.success) return result.data as Record<string, string>;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? '');
  let code = PARAM_CODES[name] ?? 'INVALID_PARAMETER';
  // `/v1/customer/user/{x}` is both "users of a customer" and "one user": an x with `_` was meant
  // as a user id.
  if (name === 'customerNumber' && raw[name]?.includes('_')) code = 'INVALID_ID';
  throw new ApiFailure(400, code, `${name}: ${issue?.message ?? 'invalid'}`, name);
}

/** The raw request body as JSON: unparsable is `json_error`; anything but an object is refused. */
export function parseJson(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    fail(400, 'json_error', 'The request body is not valid JSON.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(422, 'invalid_input', 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}
