import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Controller, type Resolver, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { customerBody } from '@/api/catalogue/body-schemas';
import type { customerDetail } from '@/api/catalogue/customers';
import type { CustomerBody } from '@/api/queries/customers';
import { FormErrorSummary } from '../forms/form-error-summary';
import { SubmitButton } from '../forms/submit-button';
import { UnsavedChangesDialog } from '../forms/unsaved-changes-dialog';
import { useFormDraft } from '../forms/use-form-draft';
import { useFormSubmission } from '../forms/use-form-submission';
import { useUnsavedChangesGuard } from '../forms/use-unsaved-changes-guard';
import { Button } from '../ui/button';
import { cardClass, inputClass } from '../ui/class-names';
import { Field } from '../ui/field';
import { useWriteDisabledReason } from '../ui/use-key-capabilities';
import { CountryCombobox } from './country-combobox';
import { PHONE_HINT, phoneHint, uidChecksumWarning, vatHint } from './customer-form-hints';
import { CUSTOMER_FIELDS, type CustomerField, type CustomerFormValues } from './customer-form-values';

export type CustomerBodyOutput = z.output<typeof customerBody>;
export type Customer = z.output<typeof customerDetail>;

// The form holds text; the catalogue's schema checks it and produces the normalised body.
const resolver = zodResolver(customerBody) as unknown as Resolver<
  CustomerFormValues,
  unknown,
  CustomerBodyOutput
>;

/** Where API field errors can land: the read-only customer number only exists when editing. */
const CREATE_TARGETS = CUSTOMER_FIELDS;
const EDIT_TARGETS = ['customerNumber', ...CUSTOMER_FIELDS] as const;
// The API names the customer number `customerNumber` (path) or `name` (body and responses).
const EDIT_ALIASES = { name: 'customerNumber' } as const;

/**
 * Create and edit share this form: react-hook-form on the catalogue's `customerBody`, a draft in
 * sessionStorage, a guard against leaving with unsaved changes, API errors on their fields.
 */
export function CustomerForm({
  editing = false,
  defaultValues,
  draftKey,
  mutation,
  submitLabel,
  cancelLink,
  onSaved,
}: {
  /** Edit shows the customer number, read-only. */
  editing?: boolean;
  defaultValues: CustomerFormValues;
  /** One per form and customer, e.g. `customer.edit.10000001`. */
  draftKey: string;
  mutation: UseMutationResult<Customer, Error, CustomerBody>;
  submitLabel: string;
  cancelLink: ReactNode;
  onSaved: (customer: Customer) => void;
}) {
  const form = useForm<CustomerFormValues, unknown, CustomerBodyOutput>({
    resolver,
    defaultValues,
    mode: 'onTouched',
  });
  const writeOff = useWriteDisabledReason();
  const draft = useFormDraft(form, { key: draftKey });
  const guard = useUnsavedChangesGuard({ dirty: form.formState.isDirty, onLeave: draft.clear });
  const submission = useFormSubmission({
    form,
    mutation,
    fields: editing ? EDIT_TARGETS : CREATE_TARGETS,
    aliases: editing ? EDIT_ALIASES : undefined,
    disabled: writeOff !== null,
    onSuccess: (customer) => {
      draft.clear();
      guard.allowNavigation();
      onSaved(customer);
    },
  });
  const { errors, touchedFields } = form.formState;
  const [telephone, mobile, vatid] = useWatch({
    control: form.control,
    name: ['telephonenumber', 'mobile', 'vatid'],
  });

  const text = (
    name: CustomerField,
    label: string,
    options: { optional?: boolean; hint?: string; autoComplete?: string; className?: string } = {},
  ) => (
    <Field
      label={label}
      optional={options.optional}
      hint={options.hint}
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
      hint={(touchedFields[name] && phoneHint(value)) || PHONE_HINT}
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
    <form onSubmit={submission.onSubmit} noValidate className="space-y-6" aria-label={submitLabel}>
      {writeOff && (
        <p
          role="note"
          className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
        >
          {writeOff}
        </p>
      )}
      {draft.restoredAt !== null && form.formState.isDirty && (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
        >
          <span>
            Your unsaved changes from {new Date(draft.restoredAt).toLocaleTimeString()} were restored.
          </span>
          <Button size="sm" onClick={draft.discard}>
            Discard them
          </Button>
        </div>
      )}

      <fieldset className={`${cardClass} space-y-4 p-4 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">Customer</legend>
        {editing && (
          <Field
            label="Customer number"
            hint="Assigned by the API; it cannot be changed."
            error={errors.customerNumber?.message}
          >
            {(control) => (
              <input
                {...control}
                {...form.register('customerNumber')}
                readOnly
                className={`${inputClass} bg-slate-100 font-mono text-slate-700 dark:bg-slate-800 dark:text-slate-300`}
              />
            )}
          </Field>
        )}
        {text('description', 'Organisation or person', {
          hint: 'The organisation’s name, or the person’s last and first name.',
          autoComplete: 'organization',
        })}
        <Controller
          control={form.control}
          name="country"
          render={({ field, fieldState }) => (
            <Field label="Country" error={fieldState.error?.message}>
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
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">Address</legend>
        {text('street', 'Street', {
          optional: true,
          autoComplete: 'address-line1',
          className: 'sm:col-span-3',
        })}
        {text('streetnumber', 'Street number', { optional: true })}
        {/* Postal code before city, as addresses in Switzerland and most of Europe write them. */}
        {text('zipcode', 'Zip code', { optional: true, autoComplete: 'postal-code' })}
        {text('city', 'City', { optional: true, autoComplete: 'address-level2', className: 'sm:col-span-3' })}
        {text('state', 'State', {
          optional: true,
          autoComplete: 'address-level1',
          className: 'sm:col-span-4',
        })}
      </fieldset>

      <fieldset className={`${cardClass} grid gap-4 p-4 sm:grid-cols-2 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">
          Contact and tax
        </legend>
        {phoneField('telephonenumber', 'Telephone', telephone, 'tel')}
        {phoneField('mobile', 'Mobile', mobile, 'mobile tel')}
        <Field
          className="sm:col-span-2"
          label="VAT id"
          optional
          hint={vatHint(touchedFields.vatid ? vatid : '')}
          warning={errors.vatid ? undefined : uidChecksumWarning(vatid)}
          error={errors.vatid?.message}
        >
          {(control) => (
            <input {...control} {...form.register('vatid')} className={inputClass} spellCheck={false} />
          )}
        </Field>
      </fieldset>

      <FormErrorSummary error={submission.unplacedError} />

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={mutation.isPending} disabledReason={writeOff}>
          {submitLabel}
        </SubmitButton>
        {cancelLink}
      </div>
      <UnsavedChangesDialog guard={guard} />
    </form>
  );
}
