import { type ApiCallEvent, REDACTED } from '@/api/call-events';
import type { RequestDraft } from './request-validation';
import { emptyValues, type FieldSpec, toFieldValues } from './schema-fields';

/** Masked secrets (`•••`) are not values: their fields start empty. */
function withoutMasked(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== REDACTED));
}

/**
 * What the form starts from: a logged call (`?call=`; the log never holds the key, and its masked
 * passwords stay empty), or a page's path params (`?params=`, from "Open in API explorer").
 */
export type RequestStart = Pick<ApiCallEvent, 'params'> & { requestBody?: unknown };

/** The form's first state: empty, or `start`'s values. A body the fields cannot hold opens as raw JSON. */
export function initialDraft(
  paramFields: readonly FieldSpec[],
  bodyFields: readonly FieldSpec[],
  hasBody: boolean,
  start?: RequestStart,
): RequestDraft {
  const body = withoutMasked(start?.requestBody);
  const rawOnly = hasBody && bodyFields.length === 0;
  return {
    params: start ? toFieldValues(paramFields, start.params) : emptyValues(paramFields),
    body: start ? toFieldValues(bodyFields, body) : emptyValues(bodyFields),
    useRaw: rawOnly,
    rawBody: rawOnly && body !== undefined ? JSON.stringify(body, null, 2) : '',
  };
}
