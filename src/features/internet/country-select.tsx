import { forwardRef, type SelectHTMLAttributes } from 'react';
import { localisedCountries } from '@/api/domain/countries';
import { inputClass } from '@/features/ui/class-names';
import { i18n, useLocale, useMessages } from '@/i18n';

const messages = i18n('internet/country-select', { choose: 'Choose a country' });

/** ISO 3166-1 alpha-2 code, chosen by name. */
export const CountrySelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function CountrySelect(props, ref) {
    const t = useMessages(messages);
    // Named and sorted in the current language (cached per language), so a reader finds their
    // country where they expect it; `useLocale` re-renders the list when the language changes.
    useLocale();
    const countries = localisedCountries();
    return (
      <select ref={ref} {...props} className={inputClass}>
        <option value="">{t.choose}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.code})
          </option>
        ))}
      </select>
    );
  },
);
