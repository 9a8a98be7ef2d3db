import type { UseMutationOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AnyEndpoint } from '@/api/endpoint';
import type { CustomerBodyOutput } from '@/api/types';
import { ApiForm } from '../forms/api-form';
import { useApiForm } from '../forms/use-api-form';
import { inputClass } from '../ui/class-names';
import { Field } from '../ui/field';
import { CountrySelect } from './country-select';

const FIELDS = [
  ['description', 'Organisation or name', false],
  ['street', 'Street', true],
  ['streetnumber', 'Street number', true],
  ['zipcode', 'Postal code', true],
  ['city', 'City', true],
  ['state', 'State', true],
  ['telephonenumber', 'Telephone', true],
  ['mobile', 'Mobile', true],
  ['vatid', 'VAT id', true],
] as const;

type Values = Record<(typeof FIELDS)[number][0] | 'country', string>;
const DEFAULTS: Values = Object.fromEntries(
  [...FIELDS.map(([name]) => name), 'country'].map((name) => [name, '']),
) as Values;

export const COPIED_FIELDS_NOTE =
  'The API documents this update with a customer’s fields (apparently copied from the customer endpoint); the form sends them as documented.';

/**
 * The two internet PUTs documented with the customer's fields (#31, #35), as documented. The API
 * offers no read of the current values, so the form starts empty.
 */
export function ContactForm({
  endpoint,
  params,
  mutation,
  draftKey,
  label,
  onSuccess,
  actions,
}: {
  endpoint: AnyEndpoint & { body?: unknown };
  params: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: both PUTs answer their own (ignored) shape
  mutation: UseMutationOptions<any, Error, CustomerBodyOutput>;
  draftKey: string;
  label: string;
  onSuccess: () => void;
  actions?: ReactNode;
}) {
  const api = useApiForm({
    endpoint,
    params,
    schema: endpoint.body as never,
    defaultValues: DEFAULTS,
    mutation,
    draftKey,
    onSuccess,
  });
  const { register, formState } = api.form;
  const error = (name: keyof Values) => formState.errors[name]?.message;
  return (
    <ApiForm api={api} label={label} submitLabel="Save" actions={actions}>
      <p className="text-sm text-slate-600 dark:text-slate-400">{COPIED_FIELDS_NOTE}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(([name, text, optional]) => (
          <Field key={name} label={text} optional={optional} error={error(name)}>
            {(control) => <input {...control} {...register(name)} className={inputClass} />}
          </Field>
        ))}
        <Field label="Country" error={error('country')}>
          {(control) => <CountrySelect {...control} {...register('country')} />}
        </Field>
      </div>
    </ApiForm>
  );
}
