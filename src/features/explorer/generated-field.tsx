import { useId } from 'react';
import { type Control, Controller, type FieldError, type UseFormRegister } from 'react-hook-form';
import { isSecretName } from '@/api/redaction';
import { Button } from '@/features/ui/button';
import { cx, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, params, useMessages } from '@/i18n';
import { checkboxClass } from './checkbox-class';
import type { RequestDraft, RequestInput } from './request-validation';
import type { FieldSpec } from './schema-fields';

const messages = i18n('explorer/generated-field', {
  onePerLine: 'One value per line.',
  json: 'JSON.',
  suggestions: 'A code such as CH; suggestions appear as you type.',
  required: '(required)',
  optional: '(optional)',
  notSent: 'not sent',
  sentAs: params<{ value: string }>('sent as {value}'),
  dontSend: 'Don’t send',
  choose: 'Choose…',
  notSentOption: '(not sent)',
});

function hintFor(field: FieldSpec, t: ReturnType<typeof messages.get>): string | undefined {
  const parts = [
    field.description,
    field.kind === 'string-list' && t.onePerLine,
    field.kind === 'json' && t.json,
    field.suggestions && t.suggestions,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function FieldLabel({ field }: { field: FieldSpec }) {
  const t = useMessages(messages);
  return (
    <>
      {/* The space keeps "name (required)" apart in the accessible name. */}
      <code className="font-mono">{field.name}</code>{' '}
      {field.required && <span className="font-normal text-slate-600 dark:text-slate-400">{t.required}</span>}
    </>
  );
}

/** A checkbox; an optional flag also has "not sent", so it can be left out of the request. */
function FlagField({
  field,
  name,
  control,
  error,
}: {
  field: FieldSpec;
  name: `params.${string}` | `body.${string}`;
  control: Control<RequestDraft, unknown, RequestInput>;
  error: string | undefined;
}) {
  const t = useMessages(messages);
  const id = useId();
  const hint = hintFor(field, t);
  return (
    <Controller
      name={name}
      control={control}
      render={({ field: f }) => (
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <input
              id={id}
              ref={f.ref}
              type="checkbox"
              name={f.name}
              checked={f.value === true}
              onChange={(e) => f.onChange(e.target.checked)}
              onBlur={f.onBlur}
              aria-invalid={error ? true : undefined}
              aria-describedby={cx(hint && `${id}-hint`, `${id}-state`, error && `${id}-error`)}
              className={checkboxClass}
            />
            <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
              <FieldLabel field={field} />
              {!field.required && (
                <span className="font-normal text-slate-600 dark:text-slate-400">{t.optional}</span>
              )}
            </label>
            <span id={`${id}-state`} className="text-xs text-slate-600 dark:text-slate-400">
              {f.value === undefined ? t.notSent : t.sentAs({ value: String(f.value) })}
            </span>
            {!field.required && f.value !== undefined && (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  // The button goes once the flag is not sent: the keyboard's place is the flag.
                  document.getElementById(id)?.focus();
                  f.onChange(undefined);
                }}
              >
                {t.dontSend} <span className="sr-only">{field.name}</span>
              </Button>
            )}
          </div>
          {hint && (
            <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
              {hint}
            </p>
          )}
          {error && (
            <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
        </div>
      )}
    />
  );
}

/** One form control generated from a schema field: the widget follows the field's kind. */
export function GeneratedField({
  field,
  scope,
  register,
  control,
  error,
}: {
  field: FieldSpec;
  scope: 'params' | 'body';
  register: UseFormRegister<RequestDraft>;
  control: Control<RequestDraft, unknown, RequestInput>;
  error: FieldError | undefined;
}) {
  const t = useMessages(messages);
  const listId = useId();
  const name = `${scope}.${field.name}` as const;
  const message = error?.message;
  if (field.kind === 'boolean')
    return <FlagField field={field} name={name} control={control} error={message} />;

  return (
    <Field
      label={<FieldLabel field={field} />}
      optional={!field.required}
      hint={hintFor(field, t)}
      error={message}
    >
      {(ids) => {
        const common = {
          ...ids,
          ...register(name),
          'aria-required': field.required || undefined,
          autoComplete: 'off',
          spellCheck: false,
        };
        switch (field.kind) {
          case 'enum':
            return (
              <select {...common} className={inputClass}>
                <option value="">{field.required ? t.choose : t.notSentOption}</option>
                {field.options?.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            );
          case 'string-list':
          case 'json':
            return <textarea {...common} rows={4} className={cx(inputClass, 'font-mono')} />;
          case 'number':
            return <input {...common} type="number" step="any" inputMode="decimal" className={inputClass} />;
          default:
            return (
              <>
                <input
                  {...common}
                  // A secret is not shown while typed, nor offered for autofill.
                  {...(isSecretName(field.name)
                    ? { type: 'password', autoComplete: 'new-password' }
                    : { type: 'text' })}
                  list={field.suggestions ? listId : undefined}
                  className={inputClass}
                />
                {field.suggestions && (
                  <datalist id={listId}>
                    {field.suggestions.map((s) => (
                      <option key={s.value} value={s.value}>
                        {s.label}
                      </option>
                    ))}
                  </datalist>
                )}
              </>
            );
        }
      }}
    </Field>
  );
}
