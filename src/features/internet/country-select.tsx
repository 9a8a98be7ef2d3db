import { forwardRef, type SelectHTMLAttributes } from 'react';
import { COUNTRIES } from '@/api/domain/countries';
import { inputClass } from '../ui/class-names';

/** ISO 3166-1 alpha-2 code, chosen by name. */
export const CountrySelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function CountrySelect(props, ref) {
    return (
      <select ref={ref} {...props} className={inputClass}>
        <option value="">Choose a country</option>
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.code})
          </option>
        ))}
      </select>
    );
  },
);
