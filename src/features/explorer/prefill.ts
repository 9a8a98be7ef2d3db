import { type ApiCallEvent, REDACTED } from '@/api/call-events';
import type { RequestDraft } from './request-validation';
import { emptyValues, type FieldSpec, toFieldValues } from './schema-fields';

/** Masked secrets (`•••`) are not values: their fields start empty. */
function withoutMasked(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== REDACTED));
}

/**
 * The form's first state: empty, or a logged call's params and body (the log never holds the
 * key, and its masked passwords stay empty). A body the fields cannot hold opens as raw JSON.
 */
export function initialDraft(
  paramFields: readonly FieldSpec[],
  bodyFields: readonly FieldSpec[],
  hasBody: boolean,
  call?: ApiCallEvent,
): RequestDraft {
  const body = withoutMasked(call?.requestBody);
  const rawOnly = hasBody && bodyFields.length === 0;
  return {
    params: call ? toFieldValues(paramFields, call.params) : emptyValues(paramFields),
    body: call ? toFieldValues(bodyFields, body) : emptyValues(bodyFields),
    useRaw: rawOnly,
    rawBody: rawOnly && body !== undefined ? JSON.stringify(body, null, 2) : '',
  };
}
