import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { endpoint } from '@/api/catalogue';
import { customerAdvice, customerBody } from '@/api/catalogue/body-schemas';
import type { CustomerBody } from '@/api/queries/customers';
import type { Customer, CustomerBodyOutput } from '@/api/types';
import { ApiForm } from '@/features/forms/api-form';
import { useChangedFields } from '@/features/forms/changed-fields';
import { useApiForm } from '@/features/forms/use-api-form';
import { useFieldAdvice } from '@/features/forms/use-field-advice';
import { cardClass, cx, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, useMessages } from '@/i18n';
import { CountryCombobox } from './country-combobox';
import { customerFieldLabels } from './customer-field-labels';
import {
  phoneHint,
  phoneShapeHint,
  phoneWarning,
  vatHint,
  vatWarning,
  zipWarning,
} from './customer-form-hints';
import { CUSTOMER_FIELDS, type CustomerField, type CustomerFormValues } from './customer-form-values';

export type { Customer, CustomerBodyOutput };

/** Where API field errors can land: the read-only customer number only exists when editing. */
const CREATE_TARGETS = CUSTOMER_FIELDS;
const EDIT_TARGETS = ['customerNumber', ...CUSTOMER_FIELDS] as const;
// The API names the customer number `customerNumber` (path) or `name` (body and responses).
const EDIT_ALIASES = { name: 'customerNumber' } as const;

const messages = i18n('customers/customer-form', {
  noun: 'the customer',
  showCustomer: 'Show the customer',
  openCustomer: 'Open the customer',
  customer: 'Customer',
  numberHint: 'Assigned by the API; it cannot be changed.',
  descriptionHint: 'The organisation’s name, or the person’s last and first name.',
  address: 'Address',
  contact: 'Contact and tax',
});

/**
 * Create and edit share this form: its fields and the catalogue's `customerBody`; the kit
 * (`useApiForm`) brings the draft, the leave guard, API errors on their fields and the rest.
 */
export function CustomerForm({
  editing = false,
  customerNumber,
  defaultValues,
  draftKey,
  mutation,
  submitLabel,
  cancelLink,
  onSaved,
  reconcile,
  reload,
}: {
  /** Edit shows the customer number, read-only. */
  editing?: boolean;
  /** The customer written to (edit), for the write permission. */
  customerNumber?: string;
  defaultValues: CustomerFormValues;
  /** One per form and customer, e.g. `customer.edit.10000001`. */
  draftKey: string;
  mutation: UseMutationOptions<Customer, Error, CustomerBody>;
  submitLabel: string;
  cancelLink: ReactNode;
  onSaved: (customer: Customer) => void;
  /** After a lost answer: the customer the write created or changed, if it carries the sent values. */
  reconcile?: (body: CustomerBody, client: QueryClient) => Promise<Customer | null>;
  /** Editing: the customer as it is now, as form values (after a `conflict`). */
  reload?: (client: QueryClient) => Promise<CustomerFormValues>;
}) {
  const t = useMessages(messages);
  const label = useMessages(customerFieldLabels);
  const api = useApiForm<CustomerFormValues, CustomerBodyOutput, Customer, CustomerBody>({
    endpoint: endpoint(editing ? 'customer.update' : 'customer.create'),
    params: editing ? { customerNumber } : {},
    schema: customerBody,
    defaultValues,
    mutation,
    draftKey,
    fields: editing ? EDIT_TARGETS : CREATE_TARGETS,
    aliases: editing ? EDIT_ALIASES : undefined,
    reconcile,
    reload,
    noun: t.noun,
    labels: label,
    onSuccess: (customer) => onSaved(customer),
  });
  const { form } = api;
  const { errors, touchedFields } = form.formState;
  const [telephone, mobile, vatid, zipcode, country] = useWatch({
    control: form.control,
    name: ['telephonenumber', 'mobile', 'vatid', 'zipcode', 'country'],
  });
  // Rules beyond the docs warn, and only on what the user changed: a stored value is the API's.
  const changed = useChangedFields(form);
  const advise = useFieldAdvice(form, customerAdvice);

  const text = (
    name: CustomerField,
    label: string,
    options: {
      optional?: boolean;
      hint?: string;
      warning?: string;
      autoComplete?: string;
      className?: string;
    } = {},
  ) => (
    <Field
      label={label}
      optional={options.optional}
      hint={options.hint}
      warning={errors[name] ? undefined : (options.warning ?? advise(name))}
      error={errors[name]?.message}
      className={options.className}
    >
      {(control) => (
        <input
          {...control}
          {...form.register(name)}
          className={inputClass}
          autoComplete={options.autoComplete ?? 'off'}
          aria-required={options.optional ? undefined : true}
        />
      )}
    </Field>
  );

  const phoneField = (
    name: 'telephonenumber' | 'mobile',
    label: string,
    value: string,
    autoComplete: string,
  ) => (
    <Field
      label={label}
      optional
      hint={(touchedFields[name] && phoneHint(value)) || phoneShapeHint()}
      warning={errors[name] || !changed(name) ? undefined : phoneWarning(value)}
      error={errors[name]?.message}
    >
      {(control) => (
        <input
          {...control}
          {...form.register(name)}
          type="tel"
          inputMode="tel"
          className={inputClass}
          autoComplete={autoComplete}
        />
      )}
    </Field>
  );

  return (
    <ApiForm
      api={api}
      label={submitLabel}
      submitLabel={submitLabel}
      actions={cancelLink}
      openLabel={editing ? t.showCustomer : t.openCustomer}
    >
      <fieldset className={`${cardClass} space-y-4 p-4 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">
          {t.customer}
        </legend>
        {editing && (
          <Field label={label.customerNumber} hint={t.numberHint} error={errors.customerNumber?.message}>
            {(control) => (
              <input
                {...control}
                {...form.register('customerNumber')}
                readOnly
                // inputClass styles a read-only box (readonly-text:) as one.
                className={cx(inputClass, 'font-mono')}
              />
            )}
          </Field>
        )}
        {text('description', label.description, {
          hint: t.descriptionHint,
          autoComplete: 'organization',
        })}
        <Controller
          control={form.control}
          name="country"
          render={({ field, fieldState }) => (
            <Field label={label.country} error={fieldState.error?.message}>
              {(control) => (
                <CountryCombobox
                  {...control}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                />
              )}
            </Field>
          )}
        />
      </fieldset>

      <fieldset className={`${cardClass} grid gap-4 p-4 sm:grid-cols-4 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">
          {t.address}
        </legend>
        {text('street', label.street, {
          optional: true,
          autoComplete: 'address-line1',
          className: 'sm:col-span-3',
        })}
        {text('streetnumber', label.streetnumber, { optional: true })}
        {/* Postal code before city, as addresses in Switzerland and most of Europe write them. */}
        {text('zipcode', label.zipcode, {
          optional: true,
          autoComplete: 'postal-code',
          warning: changed('zipcode', 'country') ? zipWarning(country, zipcode) : undefined,
        })}
        {text('city', label.city, {
          optional: true,
          autoComplete: 'address-level2',
          className: 'sm:col-span-3',
        })}
        {text('state', label.state, {
          optional: true,
          autoComplete: 'address-level1',
          className: 'sm:col-span-4',
        })}
      </fieldset>

      <fieldset className={`${cardClass} grid gap-4 p-4 sm:grid-cols-2 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">
          {t.contact}
        </legend>
        {phoneField('telephonenumber', label.telephonenumber, telephone, 'tel')}
        {phoneField('mobile', label.mobile, mobile, 'mobile tel')}
        <Field
          className="sm:col-span-2"
          label={label.vatid}
          optional
          hint={vatHint(touchedFields.vatid ? vatid : '')}
          warning={errors.vatid || !changed('vatid') ? undefined : vatWarning(vatid)}
          error={errors.vatid?.message}
        >
          {(control) => (
            <input {...control} {...form.register('vatid')} className={inputClass} spellCheck={false} />
          )}
        </Field>
      </fieldset>
    </ApiForm>
  );
}
