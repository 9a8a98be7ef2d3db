import type { UseMutationOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AnyEndpoint } from '@/api/endpoint';
import type { CustomerBodyOutput } from '@/api/types';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, useMessages } from '@/i18n';
import { CountrySelect } from './country-select';

const messages = i18n('internet/contact-form', {
  description: 'Organisation or name',
  street: 'Street',
  streetnumber: 'Street number',
  zipcode: 'Postal code',
  city: 'City',
  state: 'State',
  telephonenumber: 'Telephone',
  mobile: 'Mobile',
  vatid: 'VAT id',
  country: 'Country',
  save: 'Save',
  copiedFields:
    'The API documents this update with a customer’s fields (apparently copied from the customer endpoint); the form sends them as documented.',
});

// The field's name is also its label's message key.
const FIELDS = [
  ['description', false],
  ['street', true],
  ['streetnumber', true],
  ['zipcode', true],
  ['city', true],
  ['state', true],
  ['telephonenumber', true],
  ['mobile', true],
  ['vatid', true],
] as const;

type Values = Record<(typeof FIELDS)[number][0] | 'country', string>;
const DEFAULTS: Values = Object.fromEntries(
  [...FIELDS.map(([name]) => name), 'country'].map((name) => [name, '']),
) as Values;

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
  const t = useMessages(messages);
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
    <ApiForm api={api} label={label} submitLabel={t.save} actions={actions}>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.copiedFields}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(([name, optional]) => (
          <Field key={name} label={t[name]} optional={optional} error={error(name)}>
            {(control) => <input {...control} {...register(name)} className={inputClass} />}
          </Field>
        ))}
        <Field label={t.country} error={error('country')}>
          {(control) => <CountrySelect {...control} {...register('country')} />}
        </Field>
      </div>
    </ApiForm>
  );
}
