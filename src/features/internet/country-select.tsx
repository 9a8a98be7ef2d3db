import { forwardRef, type SelectHTMLAttributes, useMemo } from 'react';
import { englishCountries } from '@/api/domain/countries';
import { i18n, intlLocale, useLocale, useMessages } from '@/i18n';
import { inputClass } from '../ui/class-names';
import { localCountryName } from './country-name';

const messages = i18n('internet/country-select', { choose: 'Choose a country' });

/** ISO 3166-1 alpha-2 code, chosen by name. */
export const CountrySelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function CountrySelect(props, ref) {
    const t = useMessages(messages);
    const locale = useLocale();
    // Named and sorted in the current language, so a reader finds their country where they expect it.
    const countries = useMemo(() => {
      const named = englishCountries().map((c) => ({
        code: c.code,
        name: localCountryName(c.code) ?? c.name,
      }));
      return locale === 'en' ? named : named.sort((a, b) => a.name.localeCompare(b.name, intlLocale()));
    }, [locale]);
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
