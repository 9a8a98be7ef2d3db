import { useEffect, useId, useState } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import type { AnyEndpoint } from '@/api/endpoint';
import { count, i18n, params, useMessages } from '@/i18n';
import { Button } from '../ui/button';
import { ErrorPanel } from '../ui/error-panel';
import { type RequestDraft, type RequestInput, validateRequest } from './request-validation';
import { emptyValue, type FieldSpec, toFieldValues } from './schema-fields';
import { useSendRequest } from './use-send-request';

const messages = i18n('explorer/fill-from-record', {
  fill: 'Fill from the current record',
  reading: 'Reading…',
  hint: params<{ call: string }>(
    'Reads {call} with the path parameters above and fills the empty fields below; what you typed stays.',
  ),
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
  // A path parameter this flagged clears once it is right: the form itself re-checks only after
  // a send.
  const [flagged, setFlagged] = useState<readonly string[]>([]);
  const paramValues = useWatch({ control: form.control, name: 'params' });
  useEffect(() => {
    if (flagged.length === 0) return;
    const still = checkParams(paramValues).paramErrors;
    const fixed = flagged.filter((name) => !(name in still));
    if (fixed.length === 0) return;
    for (const name of fixed) form.clearErrors(`params.${name}`);
    setFlagged(flagged.filter((name) => name in still));
  });

  const fill = async () => {
    const { getValues, setValue, setError, setFocus } = form;
    const checked = checkParams(getValues().params);
    const found = Object.entries(checked.paramErrors);
    if (found.length > 0) {
      for (const [name, message] of found) setError(`params.${name}`, { type: 'schema', message });
      setFlagged(found.map(([name]) => name));
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
        {t.hint({ call: `GET ${readEndpoint.path}` })}
      </p>
      {read.outcome && !read.outcome.ok && !read.pending && (
        <ErrorPanel error={read.outcome.error} title={t.failed} />
      )}
    </div>
  );
}
