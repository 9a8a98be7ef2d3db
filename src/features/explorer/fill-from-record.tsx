import { useEffect, useId, useState } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import type { AnyEndpoint } from '@/api/endpoint';
import { Button } from '@/features/ui/button';
import { ErrorPanel } from '@/features/ui/error-panel';
import { count, i18n, params, useMessages } from '@/i18n';
import { type RequestDraft, type RequestInput, validateRequest } from './request-validation';
import {
  emptyValue,
  type FieldSpec,
  type FieldValues,
  toFieldValues,
  toInput,
  withoutEmptyOptionals,
} from './schema-fields';
import { useSendRequest } from './use-send-request';

const messages = i18n('explorer/fill-from-record', {
  fill: 'Fill from the current record',
  reading: 'Reading…',
  hint: params<{ call: string }>(
    'Reads {call} with the path parameters above and fills the empty fields below; what you typed stays.',
  ),
  hintRaw: params<{ call: string }>(
    'Reads {call} with the path parameters above and adds the keys the JSON below lacks; what you typed stays.',
  ),
  fixJson: params<{ error: string }>('Fix the JSON before filling it: {error}'),
  notAnObject: 'the body is an object, { … }',
  filled: count({
    one: '{count} field filled from the current record.',
    other: '{count} fields filled from the current record.',
  }),
  nothingFilled: 'The current record has nothing for the empty fields.',
  failed: 'The current record could not be read',
});

/**
 * An update's body starts empty, as the docs show it. This reads the record the update changes
 * (`readEndpoint`, the GET at the same path) and fills the body's empty fields from it, so
 * changing one field of a customer does not mean typing the others. One request per click;
 * nothing is sent on its own.
 */
export function FillFromRecord({
  readEndpoint,
  paramFields,
  bodyFields,
  form,
}: {
  readEndpoint: AnyEndpoint;
  paramFields: readonly FieldSpec[];
  bodyFields: readonly FieldSpec[];
  form: UseFormReturn<RequestDraft, unknown, RequestInput>;
}) {
  const t = useMessages(messages);
  const hintId = useId();
  // The explorer's own sending: one request at a time, cancelled when the panel goes.
  const read = useSendRequest(readEndpoint);
  const [filled, setFilled] = useState<number | null>(null);

  /** The path parameters as the read's own schema checks them (a GET: no body). */
  const checkParams = (params: RequestDraft['params']) =>
    validateRequest(readEndpoint, paramFields, [], { params, body: {}, useRaw: false, rawBody: '' });
  // What this flagged (a path parameter, the raw JSON) clears once it is right: the form itself
  // re-checks only after a send.
  const [flagged, setFlagged] = useState<readonly Flag[]>([]);
  const [paramValues, rawText, raw] = useWatch({
    control: form.control,
    name: ['params', 'rawBody', 'useRaw'],
  });
  useEffect(() => {
    if (flagged.length === 0) return;
    const paramErrors = checkParams(paramValues).paramErrors;
    const stillWrong = (flag: Flag) =>
      flag === 'rawBody' ? !readRawBody(rawText).ok : flag.slice('params.'.length) in paramErrors;
    const fixed = flagged.filter((flag) => !stillWrong(flag));
    if (fixed.length === 0) return;
    for (const flag of fixed) form.clearErrors(flag);
    setFlagged(flagged.filter(stillWrong));
  });

  const fill = async () => {
    const { getValues, setValue, setError, setFocus } = form;
    // Read before spending a request on it: the JSON the record's values go into.
    const typedRaw = getValues().useRaw ? readRawBody(getValues().rawBody) : null;
    if (typedRaw && !typedRaw.ok) {
      setError('rawBody', { type: 'json', message: t.fixJson({ error: typedRaw.error ?? t.notAnObject }) });
      setFlagged(['rawBody']);
      setFocus('rawBody');
      setFilled(null);
      read.forget();
      return;
    }
    const checked = checkParams(getValues().params);
    const found = Object.entries(checked.paramErrors);
    if (found.length > 0) {
      for (const [name, message] of found) setError(`params.${name}`, { type: 'schema', message });
      setFlagged(found.map(([name]) => `params.${name}` as const));
      const first = paramFields.find((field) => field.name in checked.paramErrors);
      if (first) setFocus(`params.${first.name}`);
      setFilled(null);
      // An earlier failure was about other parameters.
      read.forget();
      return;
    }
    setFilled(null);
    const outcome = await read.send({ params: checked.input.params });
    if (!outcome?.ok) return;
    const fromRecord = toFieldValues(bodyFields, outcome.result.data);
    if (typedRaw) {
      const { json, count } = fillJson(bodyFields, typedRaw.body, fromRecord);
      if (count > 0) {
        setValue('rawBody', json, { shouldDirty: true });
        form.clearErrors('rawBody');
      }
      setFilled(count);
      return;
    }
    const body = getValues().body;
    let count = 0;
    for (const field of bodyFields) {
      const typed = body[field.name];
      const value = fromRecord[field.name];
      const empty = emptyValue(field);
      if (typed !== empty || value === empty) continue;
      setValue(`body.${field.name}`, value, { shouldDirty: true });
      count += 1;
    }
    setFilled(count);
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" pending={read.pending} aria-describedby={hintId} onClick={fill}>
          {read.pending ? t.reading : t.fill}
        </Button>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {filled !== null && (filled > 0 ? t.filled(filled) : t.nothingFilled)}
        </p>
      </div>
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        {(raw ? t.hintRaw : t.hint)({ call: `GET ${readEndpoint.path}` })}
      </p>
      {read.outcome && !read.outcome.ok && !read.pending && (
        <ErrorPanel error={read.outcome.error} title={t.failed} />
      )}
    </div>
  );
}

type Flag = `params.${string}` | 'rawBody';

type RawBody = { ok: true; body: Record<string, unknown> } | { ok: false; error: string | null };

/** The raw editor's text as a body object; empty text is an empty body. */
function readRawBody(text: string): RawBody {
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
    ? { ok: true, body: parsed as Record<string, unknown> }
    : { ok: false, error: null };
}

/** The record's values for the keys the typed JSON lacks (or leaves empty), in the body's shape. */
function fillJson(fields: readonly FieldSpec[], typed: Record<string, unknown>, fromRecord: FieldValues) {
  const asBody = withoutEmptyOptionals(fields, toInput(fields, fromRecord));
  const next = { ...typed };
  let count = 0;
  for (const field of fields) {
    const have = next[field.name];
    if ((have !== undefined && have !== null && have !== '') || fromRecord[field.name] === emptyValue(field))
      continue;
    if (asBody[field.name] === undefined) continue;
    next[field.name] = asBody[field.name];
    count += 1;
  }
  return { json: JSON.stringify(next, null, 2), count };
}
