import { useId, useMemo, useState } from 'react';
import { type FieldErrors, type Resolver, useForm, useWatch } from 'react-hook-form';
import { readEndpointOf } from '@/api/catalogue';
import type { AnyEndpoint } from '@/api/endpoint';
import { isSecretName } from '@/api/redaction';
import { useFormDraft } from '@/features/forms/use-form-draft';
import { Button } from '@/features/ui/button';
import { cx, inputClass } from '@/features/ui/class-names';
import { i18n, params, useMessages } from '@/i18n';
import { checkboxClass } from './checkbox-class';
import { CurlPreview } from './curl-preview';
import { FillFromRecord } from './fill-from-record';
import { GeneratedField } from './generated-field';
import { initialDraft, type RequestStart } from './prefill';
import {
  type RequestDraft,
  type RequestInput,
  type RequestValidation,
  validateRequest,
} from './request-validation';
import {
  describeFields,
  type FieldSpec,
  toFieldValues,
  toInput,
  withoutEmptyOptionals,
} from './schema-fields';

const messages = i18n('explorer/request-form', {
  fixJson: params<{ error: string }>('Fix the JSON before switching back: {error}'),
  formLabel: params<{ id: string }>('Request to {id}'),
  pathParams: 'Path parameters',
  body: 'Body',
  editRaw: 'Edit the body as raw JSON',
  rawBody: 'Raw JSON body',
  rawHint:
    'Checked with the same schema as the fields. Keys the fields do not know are dropped when switching back.',
  noInput: 'This endpoint takes no parameters and no body.',
  sending: 'Sending…',
  send: 'Send request',
});

const legendClass = 'text-base font-semibold text-slate-900 dark:text-slate-50';

function toFieldErrors(validation: RequestValidation, useRaw: boolean): FieldErrors<RequestDraft> {
  const entry = (message: string) => ({ type: 'schema', message });
  const map = (errors: Record<string, string>) =>
    Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, entry(message)]));
  const errors: Record<string, unknown> = {};
  if (Object.keys(validation.paramErrors).length > 0) errors.params = map(validation.paramErrors);
  if (Object.keys(validation.bodyErrors).length > 0) errors.body = map(validation.bodyErrors);
  if (validation.otherErrors.length > 0)
    errors[useRaw ? 'rawBody' : 'issues'] = entry(validation.otherErrors.join('\n'));
  return errors as FieldErrors<RequestDraft>;
}

/** The endpoint's own schemas as a react-hook-form resolver: the form checks what the client checks. */
function schemaResolver(
  endpoint: AnyEndpoint,
  paramFields: readonly FieldSpec[],
  bodyFields: readonly FieldSpec[],
): Resolver<RequestDraft, unknown, RequestInput> {
  return (draft) => {
    const validation = validateRequest(endpoint, paramFields, bodyFields, draft);
    return validation.ok
      ? { values: validation.input, errors: {} }
      : { values: {}, errors: toFieldErrors(validation, draft.useRaw) };
  };
}

function MessageList({ id, text, className }: { id?: string; text: string; className?: string }) {
  const lines = text.split('\n');
  return (
    <ul id={id} className={cx('space-y-0.5 text-sm text-red-700 dark:text-red-400', className)}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; their order is stable
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** The form's values as a draft may keep them: no secret field, no raw JSON naming one. */
function storableDraft(values: Record<string, unknown>): Record<string, unknown> {
  const draft = values as Partial<RequestDraft>;
  const body = Object.fromEntries(Object.entries(draft.body ?? {}).filter(([name]) => !isSecretName(name)));
  const raw = draft.rawBody ?? '';
  const namesSecret = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)].some(([, name]) =>
    isSecretName(name ?? ''),
  );
  return { ...values, body, rawBody: namesSecret ? '' : raw };
}

/**
 * A form generated from the endpoint's params and body schemas, validated with the same schemas
 * before anything is sent, plus the request as curl.
 */
export function RequestForm({
  endpoint,
  start,
  pending,
  waitReason,
  onSend,
}: {
  endpoint: AnyEndpoint;
  /** A request-log entry or a page's params to start from. */
  start?: RequestStart | undefined;
  pending: boolean;
  /** Why sending is not possible right now (a 429 countdown). */
  waitReason: string | null;
  onSend: (input: RequestInput) => unknown;
}) {
  const t = useMessages(messages);
  const paramFields = useMemo(() => describeFields(endpoint.params), [endpoint]);
  const bodyFields = useMemo(() => describeFields(endpoint.body), [endpoint]);
  const hasBody = endpoint.body !== undefined;
  const readEndpoint = useMemo(() => readEndpointOf(endpoint), [endpoint]);
  // The panel is keyed by endpoint and start, so the first values never need to change.
  const [defaultValues] = useState(() => initialDraft(paramFields, bodyFields, hasBody, start));
  const resolver = useMemo(
    () => schemaResolver(endpoint, paramFields, bodyFields),
    [endpoint, paramFields, bodyFields],
  );
  const form = useForm<RequestDraft, unknown, RequestInput>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  // What was typed survives a reload (the endpoint is in the URL); a start from a log entry or a
  // page's params is in the URL itself. Secrets never wait in storage.
  useFormDraft(form, { key: start ? null : `explorer.${endpoint.id}`, keep: storableDraft });
  const { register, control, formState, handleSubmit, getValues, setValue, setError, clearErrors } = form;
  const draft = useWatch({ control }) as RequestDraft;
  const validation = useMemo(
    () => validateRequest(endpoint, paramFields, bodyFields, draft),
    [endpoint, paramFields, bodyFields, draft],
  );
  const rawId = useId();
  const rawToggleId = useId();

  const toggleRaw = (on: boolean) => {
    const values = getValues();
    if (on) {
      const body = withoutEmptyOptionals(bodyFields, toInput(bodyFields, values.body));
      setValue('rawBody', JSON.stringify(body, null, 2));
      setValue('useRaw', true);
      clearErrors();
      return;
    }
    try {
      const parsed: unknown = values.rawBody.trim() === '' ? {} : JSON.parse(values.rawBody);
      setValue('body', toFieldValues(bodyFields, parsed));
      setValue('useRaw', false);
      clearErrors();
    } catch (error) {
      setError('rawBody', {
        type: 'json',
        message: t.fixJson({ error: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const submit = handleSubmit(async (input) => {
    if (pending || waitReason) return;
    await onSend(input);
  });

  const errors = formState.errors;
  const sending = pending || formState.isSubmitting;
  return (
    <div className="min-w-0 space-y-6">
      <form
        onSubmit={submit}
        noValidate
        className="min-w-0 space-y-5"
        aria-label={t.formLabel({ id: endpoint.id })}
      >
        {paramFields.length > 0 && (
          <fieldset className="min-w-0 space-y-3">
            <legend className={legendClass}>{t.pathParams}</legend>
            {paramFields.map((field) => (
              <GeneratedField
                key={field.name}
                field={field}
                scope="params"
                register={register}
                control={control}
                error={errors.params?.[field.name]}
              />
            ))}
          </fieldset>
        )}
        {hasBody && (
          <fieldset className="min-w-0 space-y-3">
            <legend className={legendClass}>{t.body}</legend>
            {bodyFields.length > 0 && (
              <div className="flex items-center gap-2">
                <input
                  id={rawToggleId}
                  type="checkbox"
                  checked={draft.useRaw}
                  onChange={(e) => toggleRaw(e.target.checked)}
                  className={checkboxClass}
                />
                <label htmlFor={rawToggleId} className="text-sm text-slate-800 dark:text-slate-200">
                  {t.editRaw}
                </label>
              </div>
            )}
            {readEndpoint && bodyFields.length > 0 && (
              <FillFromRecord
                readEndpoint={readEndpoint}
                paramFields={paramFields}
                bodyFields={bodyFields}
                form={form}
              />
            )}
            {draft.useRaw ? (
              <div className="space-y-1">
                <label
                  htmlFor={rawId}
                  className="block text-sm font-medium text-slate-800 dark:text-slate-200"
                >
                  {t.rawBody}
                </label>
                <textarea
                  id={rawId}
                  {...register('rawBody')}
                  rows={10}
                  spellCheck={false}
                  aria-invalid={errors.rawBody ? true : undefined}
                  aria-describedby={errors.rawBody ? `${rawId}-error` : `${rawId}-hint`}
                  className={cx(inputClass, 'font-mono text-xs')}
                />
                <p id={`${rawId}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
                  {t.rawHint}
                </p>
                {errors.rawBody?.message && (
                  <MessageList id={`${rawId}-error`} text={errors.rawBody.message} />
                )}
              </div>
            ) : (
              bodyFields.map((field) => (
                <GeneratedField
                  key={field.name}
                  field={field}
                  scope="body"
                  register={register}
                  control={control}
                  error={errors.body?.[field.name]}
                />
              ))
            )}
          </fieldset>
        )}
        {paramFields.length === 0 && !hasBody && (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.noInput}</p>
        )}
        {errors.issues?.message && (
          <div role="alert">
            <MessageList text={errors.issues.message} />
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="submit"
            variant="primary"
            pending={sending}
            disabledReason={sending ? null : waitReason}
          >
            {sending ? t.sending : t.send}
          </Button>
          {waitReason && <p className="text-sm text-amber-800 dark:text-amber-300">{waitReason}</p>}
        </div>
      </form>
      <CurlPreview endpoint={endpoint} bodyFields={bodyFields} validation={validation} />
    </div>
  );
}
