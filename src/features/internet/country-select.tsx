import { forwardRef, type SelectHTMLAttributes } from 'react';
import { COUNTRIES } from '@/api/domain/countries';
import { i18n, useMessages } from '@/i18n';
import { inputClass } from '../ui/class-names';

const messages = i18n('internet/country-select', { choose: 'Choose a country' });

/** ISO 3166-1 alpha-2 code, chosen by name. */
export const CountrySelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function CountrySelect(props, ref) {
    const t = useMessages(messages);
    return (
      <select ref={ref} {...props} className={inputClass}>
        <option value="">{t.choose}</option>
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.code})
          </option>
        ))}
      </select>
    );
  },
);
