import { Combobox, ComboboxButton, ComboboxInput, ComboboxOption, ComboboxOptions } from '@headlessui/react';
import { Fragment, type Ref, useMemo, useState } from 'react';
import { countryName } from '@/api/domain/countries';
import { cx, inputClass } from '@/features/ui/class-names';
import type { FieldControlProps } from '@/features/ui/field';
import { i18n, params, useMessages } from '@/i18n';
import { filterCountries } from './filter-countries';

const messages = i18n('customers/country-combobox', {
  placeholder: 'Name or code, e.g. CH',
  showAll: 'Show all countries',
  noMatch: params<{ query: string }>(
    'No country matches “{query}”: try its English name or its two-letter code.',
  ),
});

const label = (code: string | null) => {
  if (!code) return '';
  const name = countryName(code);
  return name ? `${name} (${code.toUpperCase()})` : code;
};

/**
 * ISO 3166-1 alpha-2 country picker: type a name or a code, choose with the arrow keys and Enter.
 * The value is the code (`CH`); '' when none is chosen.
 */
export function CountryCombobox({
  value,
  onChange,
  onBlur,
  inputRef,
  ...control
}: FieldControlProps & {
  value: string;
  onChange: (code: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  const t = useMessages(messages);
  const [query, setQuery] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: t stands for the language the names are in
  const options = useMemo(() => filterCountries(query), [query, t]);
  return (
    <Combobox
      value={value ? value.toUpperCase() : null}
      onChange={(code: string | null) => onChange(code ?? '')}
      onClose={() => setQuery('')}
    >
      <div className="relative">
        {/* As a Fragment over our own input: Headless UI writes its own (here empty)
            aria-describedby over a prop given to ComboboxInput, which hid the field's hint and
            error from screen readers; on a child element it keeps what the child has. */}
        <ComboboxInput
          as={Fragment}
          // The label's target. Headless UI reads `id` with any `as`; its types list it for elements only.
          {...({ id: control.id } as Record<never, never>)}
          displayValue={label}
          onChange={(event) => setQuery(event.target.value)}
        >
          <input
            {...control}
            ref={inputRef}
            aria-required
            className={cx(inputClass, 'pr-10')}
            onBlur={onBlur}
            placeholder={t.placeholder}
            autoComplete="off"
            spellCheck={false}
          />
        </ComboboxInput>
        <ComboboxButton
          aria-label={t.showAll}
          className={cx(
            'absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-slate-600',
            'focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-slate-300',
          )}
        >
          <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" fill="currentColor">
            <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" />
          </svg>
        </ComboboxButton>
        <ComboboxOptions
          className={cx(
            'absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg',
            'empty:invisible dark:border-slate-700 dark:bg-slate-900',
          )}
        >
          {options.map((country) => (
            <ComboboxOption
              key={country.code}
              value={country.code}
              className={cx(
                'flex cursor-default justify-between gap-3 px-3 py-1.5 text-slate-900 select-none dark:text-slate-100',
                'data-focus:bg-teal-100 data-selected:font-semibold dark:data-focus:bg-teal-900',
              )}
            >
              <span>{country.name}</span>
              <span className="font-mono text-slate-600 dark:text-slate-400">{country.code}</span>
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </div>
      {options.length === 0 && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {t.noMatch({ query })}
        </p>
      )}
    </Combobox>
  );
}
