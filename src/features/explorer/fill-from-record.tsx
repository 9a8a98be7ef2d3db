import { useEffect, useId, useRef, useState } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { callEndpoint } from '@/api/client';
import type { AnyEndpoint } from '@/api/endpoint';
import { count, i18n, params, useMessages } from '@/i18n';
import { Button } from '../ui/button';
import { ErrorPanel } from '../ui/error-panel';
import type { RequestDraft, RequestInput } from './request-validation';
import { emptyValue, type FieldSpec, toFieldValues, toInput } from './schema-fields';

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

type Outcome = { kind: 'filled'; count: number } | { kind: 'failed'; error: unknown } | null;

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
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  const problems = (values: RequestDraft['params']) => {
    const checked = readEndpoint.params.safeParse(toInput(paramFields, values));
    const found = new Map<string, string>();
    if (!checked.success)
      for (const issue of checked.error.issues) {
        const name = String(issue.path[0] ?? '');
        if (!found.has(name)) found.set(name, issue.message);
      }
    return found;
  };
  // A path parameter this flagged clears once it is right: the form itself re-checks only after
  // a send.
  const [flagged, setFlagged] = useState<readonly string[]>([]);
  const paramValues = useWatch({ control: form.control, name: 'params' });
  useEffect(() => {
    if (flagged.length === 0) return;
    const still = problems(paramValues);
    const fixed = flagged.filter((name) => !still.has(name));
    if (fixed.length === 0) return;
    for (const name of fixed) form.clearErrors(`params.${name}`);
    setFlagged(flagged.filter((name) => still.has(name)));
  });

  const fill = async () => {
    if (inFlight.current) return;
    const { getValues, setValue, setError, setFocus } = form;
    const found = problems(getValues().params);
    if (found.size > 0) {
      for (const [name, message] of found) setError(`params.${name}`, { type: 'schema', message });
      setFlagged([...found.keys()]);
      const first = paramFields.find((field) => found.has(field.name));
      if (first) setFocus(`params.${first.name}`);
      setOutcome(null);
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    setPending(true);
    setOutcome(null);
    try {
      const record = await callEndpoint(
        readEndpoint,
        { params: toInput(paramFields, getValues().params) },
        { signal: controller.signal },
      );
      const fromRecord = toFieldValues(bodyFields, record);
      const body = getValues().body;
      let filled = 0;
      for (const field of bodyFields) {
        const typed = body[field.name];
        const found = fromRecord[field.name];
        const empty = emptyValue(field);
        if (typed !== empty || found === empty) continue;
        setValue(`body.${field.name}`, found, { shouldDirty: true });
        filled += 1;
      }
      setOutcome({ kind: 'filled', count: filled });
    } catch (error) {
      if (!controller.signal.aborted) setOutcome({ kind: 'failed', error });
    } finally {
      inFlight.current = null;
      setPending(false);
    }
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm" pending={pending} aria-describedby={hintId} onClick={fill}>
          {pending ? t.reading : t.fill}
        </Button>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {outcome?.kind === 'filled' && (outcome.count > 0 ? t.filled(outcome.count) : t.nothingFilled)}
        </p>
      </div>
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        {t.hint({ call: `GET ${readEndpoint.path}` })}
      </p>
      {outcome?.kind === 'failed' && <ErrorPanel error={outcome.error} title={t.failed} />}
    </div>
  );
}
