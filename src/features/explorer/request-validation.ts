import type { z } from 'zod';
import type { AnyEndpoint } from '@/api/endpoint';
import { i18n, params } from '@/i18n';
import { type FieldSpec, type FieldValues, toInput } from './schema-fields';

/** The explorer form's state: generated fields, or the body as raw JSON text. */
export interface RequestDraft {
  params: FieldValues;
  body: FieldValues;
  useRaw: boolean;
  rawBody: string;
  /** Never an input: carries body issues no field owns ("Change at least one field"). */
  issues?: string;
}

export interface RequestInput {
  params: Record<string, unknown>;
  body: unknown;
}

export interface RequestValidation {
  ok: boolean;
  /** As typed, for `callEndpointFull` (which parses again). */
  input: RequestInput;
  /** As the schemas output it, i.e. what goes over the wire; only when `ok`. */
  parsed: RequestInput | null;
  paramErrors: Record<string, string>;
  bodyErrors: Record<string, string>;
  /** Body issues no generated field shows (raw mode, or refinements on the whole body). */
  otherErrors: string[];
}

const messages = i18n('explorer/request-validation', {
  entry: params<{ n: number; message: string }>('Entry {n}: {message}'),
  notJson: params<{ error: string }>('Not valid JSON: {error}'),
});

function issueLabel(issue: z.core.$ZodIssue, field: FieldSpec | undefined): string {
  const [, index] = issue.path;
  if (field?.kind === 'string-list' && typeof index === 'number')
    return messages.get().entry({ n: index + 1, message: issue.message });
  return issue.message;
}

/** Validates a draft with the endpoint's own params and body schemas, as the client will. */
export function validateRequest(
  endpoint: AnyEndpoint,
  paramFields: readonly FieldSpec[],
  bodyFields: readonly FieldSpec[],
  draft: RequestDraft,
): RequestValidation {
  const paramErrors: Record<string, string> = {};
  const bodyErrors: Record<string, string> = {};
  const otherErrors: string[] = [];

  const paramsInput = toInput(paramFields, draft.params ?? {});
  const params = endpoint.params.safeParse(paramsInput);
  if (!params.success) {
    for (const issue of params.error.issues) {
      const name = String(issue.path[0] ?? '');
      paramErrors[name] ??= issue.message;
    }
  }

  let bodyInput: unknown;
  let bodyOutput: unknown;
  let bodyOk = true;
  if (endpoint.body) {
    if (draft.useRaw) {
      try {
        bodyInput = draft.rawBody.trim() === '' ? {} : JSON.parse(draft.rawBody);
      } catch (error) {
        bodyOk = false;
        otherErrors.push(
          messages.get().notJson({ error: error instanceof Error ? error.message : String(error) }),
        );
      }
    } else {
      bodyInput = toInput(bodyFields, draft.body ?? {});
    }
    if (bodyOk) {
      const body = endpoint.body.safeParse(bodyInput);
      if (body.success) {
        bodyOutput = body.data;
      } else {
        bodyOk = false;
        const byName = new Map(bodyFields.map((f) => [f.name, f]));
        for (const issue of body.error.issues) {
          const field = byName.get(String(issue.path[0]));
          if (field && !draft.useRaw) bodyErrors[field.name] ??= issueLabel(issue, field);
          else if (draft.useRaw && issue.path.length > 0)
            otherErrors.push(`${issue.path.join('.')}: ${issue.message}`);
          else otherErrors.push(issue.message);
        }
      }
    }
  }

  const ok = params.success && bodyOk;
  return {
    ok,
    input: { params: paramsInput, body: bodyInput },
    parsed: ok ? { params: params.data as Record<string, unknown>, body: bodyOutput } : null,
    paramErrors,
    bodyErrors,
    otherErrors,
  };
}
