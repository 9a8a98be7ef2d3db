import {
  Combobox,
  ComboboxButton,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
  Description,
  Field,
  Label,
} from '@headlessui/react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import type { customerSummary } from '@/api/catalogue/customers';
import { customerQueries } from '@/api/queries/customers';
import { haystackOf, searchEntries } from '@/features/lists/text-match';
import { cx, inputClass } from '@/features/ui/class-names';
import { ErrorPanel } from '@/features/ui/error-panel';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { TypedCustomerNumber } from './typed-customer-number';

type CustomerSummary = z.output<typeof customerSummary>;

/** Enough to find one by typing; more would only slow the popup down. */
const MAX_OPTIONS = 50;

const messages = i18n('directory/customer-picker', {
  label: 'Customer',
  listFailed: 'The customer list could not be loaded',
  loading: 'Loading customers…',
  placeholder: 'Number or organisation',
  show: 'Show customers',
  noDescription: 'no description',
  noMatch: params('No customer matches “{query}”.'),
  more: params('{n} more: type more of the number or name.'),
  hint: 'Type part of the customer number or organisation, then pick one.',
});

const describe = (c: CustomerSummary | null) =>
  c ? [c.name, c.description].filter(Boolean).join(' · ') : '';

/**
 * The customer whose directory is shown, searchable by number or organisation. When the list
 * cannot be read, a customer number can still be typed.
 */
export function CustomerPicker({
  value,
  onSelect,
  label,
}: {
  value: string | null;
  onSelect: (customerNumber: string) => void;
  label?: string;
}) {
  const t = useMessages(messages);
  const customers = useQuery(customerQueries.list());
  const [query, setQuery] = useState('');
  const indexed = useMemo(
    () =>
      (customers.data ?? []).map((c) => ({
        customer: c,
        haystack: haystackOf([c.name, c.description]),
      })),
    [customers.data],
  );
  const matches = searchEntries(indexed, query, (entry) => entry);
  const shown = matches.slice(0, MAX_OPTIONS);
  const selected = useMemo(
    () =>
      customers.data?.find((c) => c.name === value) ?? (value ? { name: value, description: null } : null),
    [customers.data, value],
  );

  if (customers.isError) {
    return (
      <div className="space-y-3">
        <ErrorPanel error={customers.error} title={t.listFailed} />
        <TypedCustomerNumber onSelect={onSelect} />
      </div>
    );
  }

  return (
    <Field className="space-y-1">
      <Label className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label ?? t.label}
      </Label>
      <Combobox
        // No `by`: when the list arrives, the placeholder object is replaced by the real one and the
        // input shows the organisation too.
        value={selected}
        onChange={(customer: CustomerSummary | null) => {
          if (customer && customer.name !== value) onSelect(customer.name);
        }}
        onClose={() => setQuery('')}
        immediate
      >
        <div className="relative">
          <ComboboxInput
            className={cx(inputClass, 'pr-10')}
            displayValue={describe}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={customers.isPending ? t.loading : t.placeholder}
            autoComplete="off"
            spellCheck={false}
          />
          <ComboboxButton
            aria-label={t.show}
            className="absolute inset-y-0 right-0 flex items-center px-3 text-slate-600 dark:text-slate-300"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
              <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
            </svg>
          </ComboboxButton>
        </div>
        <ComboboxOptions
          anchor="bottom start"
          className={cx(
            'z-40 max-h-72 w-(--input-width) overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg',
            'empty:invisible dark:border-slate-700 dark:bg-slate-900',
          )}
        >
          {shown.map(({ customer }) => (
            <ComboboxOption
              key={customer.name}
              value={customer}
              className={cx(
                'cursor-pointer px-3 py-2 text-sm text-slate-800 dark:text-slate-100',
                'data-focus:bg-teal-50 data-selected:font-semibold dark:data-focus:bg-slate-800',
              )}
            >
              <span className="font-mono">{customer.name}</span>
              <span className="text-slate-600 dark:text-slate-400">
                {' '}
                · {customer.description ?? t.noDescription}
              </span>
            </ComboboxOption>
          ))}
          {customers.isSuccess && matches.length === 0 && (
            <p className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">{t.noMatch({ query })}</p>
          )}
          {matches.length > shown.length && (
            <p className="px-3 py-2 text-xs text-slate-600 dark:text-slate-400">
              {t.more({ n: formatNumber(matches.length - shown.length) })}
            </p>
          )}
        </ComboboxOptions>
      </Combobox>
      <Description className="text-xs text-slate-600 dark:text-slate-400">{t.hint}</Description>
    </Field>
  );
}
